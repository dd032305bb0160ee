package org.fazhi.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.fazhi.calendar.WorkingCalendar;
import org.fazhi.rules.RuleTerm;
import org.fazhi.shared.NotFoundException;
import org.fazhi.support.FazhiIT;
import org.fazhi.support.SessionContents;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The citizen's side on the portal: filing on a holiday and answering a 补正 on a 调休 working day, each clock on the
 * official calendar and shown in words (GI-01, GI-02); the requester's identity encrypted at rest and never on a
 * public page; the form's refusals naming the field and keeping what was typed; a wrong code answered like an
 * unknown number; the reply letter downloaded by receipt and code; the files read only within the unit's scope.
 */
@FazhiIT
class DisclosurePortalIT extends DisclosureTestBase {

    private static final AtomicInteger CLIENT = new AtomicInteger(1);

    @Autowired
    MockMvcTester mvc;
    @Autowired
    WorkingCalendar calendar;
    @Autowired
    JdbcClient jdbc;

    /** Each test from its own client address, so that the per-address limits of other tests do not interfere. */
    private final String client = "10.53.5." + CLIENT.getAndIncrement();

    private RequestPostProcessor from() {
        return r -> {
            r.setRemoteAddr(client);
            return r;
        };
    }

    private LocalDate replyDue(LocalDate from) {
        return calendar.dueByRule("GI-01", RuleTerm.AMOUNT, from, fx.dept(), List.of()).due();
    }

    private MvcTestResult apply(String name, String idNo, String content, String delivery) {
        var post = mvc.post().uri("/disclosure/apply").param("unitId", String.valueOf(fx.dept()))
                .param("requesterType", "NATURAL_PERSON").param("requesterName", name).param("requesterIdNo", idNo)
                .param("requesterContact", "13612345678").param("requesterAddress", "示范县和平路8号")
                .param("content", content).with(csrf()).with(from());
        if (delivery != null) {
            post = post.param("deliveryForm", delivery);
        }
        return post.exchange();
    }

    private MvcTestResult track(String receipt, String code) {
        return mvc.post().uri("/disclosure/track").param("receiptNo", receipt).param("code", code).with(csrf())
                .with(from()).exchange();
    }

    @Test
    void gi01APortalRequestFiledOnAHolidayIsDueOnTheOfficialCalendarAndTheRequesterIsEncryptedAndNeverShown() throws Exception {
        on("2025-10-03");
        MvcTestResult filed = apply("孙文静", "110101199201014321", "示范县2025年农村公路养护资金分配表", "PORTAL_DOWNLOAD");
        assertThat(filed).hasStatus3xxRedirection().hasRedirectedUrl("/disclosure/receipt");
        MvcResult result = filed.getMvcResult();
        FiledRequest sealed = (FiledRequest) result.getFlashMap().get("receipt");
        // the receipt page opens the code sealed in the session (which may be kept in the database), once
        MockHttpSession session = (MockHttpSession) result.getRequest().getSession();
        String page = mvc.get().uri("/disclosure/receipt").session(session).exchange().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String code = SessionContents.receiptCode(page);
        assertThat(sealed.verificationCode()).startsWith("ENC1:").doesNotContain(code);
        assertThat(SessionContents.serialised(session)).as("no plain code where the session is stored")
                .doesNotContain(code);
        assertThat(mvc.get().uri("/disclosure/receipt").session(session)).hasRedirectedUrl("/disclosure/track");
        FiledRequest receipt = new FiledRequest(sealed.id(), sealed.receiptNo(), code, sealed.receivedOn(),
                sealed.replyDue());
        assertThat(receipt.receivedOn()).isEqualTo(d("2025-10-03"));
        LocalDate due = replyDue(d("2025-10-03"));
        assertThat(receipt.replyDue()).isEqualTo(due);
        assertThat(due).as("the 国庆 holiday and the 调休 Saturday are counted as the calendar says")
                .isEqualTo(calendar.dueByRule("GI-01", RuleTerm.AMOUNT, d("2025-10-03"), fx.dept(), List.of()).due())
                .isAfter(d("2025-10-31"));

        assertThat(page).contains(receipt.receiptNo(), due.toString());

        // at rest the identity is encrypted; staff see it masked; the public never
        String stored = jdbc.sql("select requester_name || '|' || requester_id_no || '|' || requester_contact"
                + " from disclosure_request where id = ?").param(receipt.id()).query(String.class).single();
        assertThat(stored).doesNotContain("孙文静", "110101199201014321", "13612345678").contains("ENC1:");
        DisclosureRequest staff = request(receipt.id());
        assertThat(staff.requesterName()).isEqualTo("孙**");
        assertThat(staff.deliveryForm()).isEqualTo(DeliveryForm.PORTAL_DOWNLOAD);
        assertThat(as(fx.clerk(), () -> requests.reveal(receipt.id(), new RevealRequest("邮寄答复书"))).name())
                .isEqualTo("孙文静");

        on("2025-10-20");
        int left = calendar.workingDaysBetween(d("2025-10-20"), due);
        assertThat(track(receipt.receiptNo(), receipt.verificationCode())).hasStatusOk().bodyText()
                .contains("应于" + due + "前答复，还有" + left + "个工作日", "在本网站下载")
                .doesNotContain("孙文静", "110101199201014321", "13612345678", "示范县和平路8号");
    }

    @Test
    void gi02ACorrectionAnsweredOnThePortalOnAnAdjustedWorkingDayRestartsTheReplyClockFromThatDay() throws Exception {
        on("2025-09-26");
        FiledRequest f = requests.file(new IntakeRequest(fx.dept(), Channel.PORTAL, RequesterType.NATURAL_PERSON,
                "周明", "110101198805056789", "13511112222", null, "关于那个项目的文件", null, DeliveryForm.EMAIL));
        on("2025-09-28");
        as(fx.clerk(), () -> requests.askCorrection(f.id(), new CorrectionNoticeRequest("请写明项目名称或文号",
                d("2025-09-28"), null)));
        assertThat(track(f.receiptNo(), f.verificationCode())).hasStatusOk().bodyText()
                .contains("correction-form", "请写明项目名称或文号", "告知补正");

        on("2025-10-11");
        assertThat(mvc.post().uri("/disclosure/track/correction").param("receiptNo", f.receiptNo())
                .param("code", f.verificationCode()).param("answer", " ").with(csrf()).with(from()))
                .hasStatus(400).bodyText().contains("请填写补正内容或者上传补正材料", "correction-form");
        assertThat(mvc.post().uri("/disclosure/track/correction").param("receiptNo", f.receiptNo())
                .param("code", "999999").param("answer", "2025年示范县东湖大桥项目立项批复").with(csrf()).with(from()))
                .hasStatus(404);
        assertThat(request(f.id()).status()).isEqualTo(RequestStatus.AWAITING_CORRECTION);

        MockMultipartFile pdf = new MockMultipartFile("files", "补正说明.pdf", "application/pdf",
                "%PDF-1.4\n% correction\n%%EOF\n".getBytes(StandardCharsets.UTF_8));
        LocalDate due = replyDue(d("2025-10-11"));
        assertThat(mvc.perform(MockMvcRequestBuilders.multipart("/disclosure/track/correction").file(pdf)
                .param("receiptNo", f.receiptNo()).param("code", f.verificationCode())
                .param("answer", "2025年示范县东湖大桥项目立项批复").with(csrf()).with(from())))
                .hasStatusOk().bodyText().contains("补正已收到", "应于" + due + "前答复", "办理中")
                .doesNotContain("correction-form");
        DisclosureRequest after = request(f.id());
        assertThat(after.status()).isEqualTo(RequestStatus.PROCESSING);
        assertThat(after.correctionReceivedOn()).isEqualTo(d("2025-10-11"));
        assertThat(after.clockStart()).isEqualTo(d("2025-10-11"));
        assertThat(after.correctionAnswer()).isEqualTo("2025年示范县东湖大桥项目立项批复");
        assertThat(replyClock(f.id()).dueDate()).isEqualTo(due);
        assertThat(as(fx.clerk(), () -> requests.attachments(f.id()))).singleElement()
                .extracting(RequestAttachment::kind).isEqualTo(AttachmentKind.CORRECTION);

        // the 补正 is answered once: again is refused; so is staff recording it
        assertThat(mvc.post().uri("/disclosure/track/correction").param("receiptNo", f.receiptNo())
                .param("code", f.verificationCode()).param("answer", "再次补正").with(csrf()).with(from()))
                .hasStatus(409);
        assertThatThrownBy(() -> as(fx.clerk(), () -> requests.receiveCorrection(f.id(),
                new DateStepRequest(d("2025-10-11"), null)))).isInstanceOf(org.fazhi.shared.RefusedException.class);

        // the reply: the letter is downloaded by receipt and code, and the page says when it was replied
        on("2025-10-20");
        as(fx.clerk(), () -> requests.reply(f.id(), new ReplyRequest(ReplyReason.DISCLOSED, "予以公开", d("2025-10-20"),
                null)));
        assertThat(track(f.receiptNo(), f.verificationCode())).hasStatusOk().bodyText()
                .contains("已于2025-10-20答复", "letter-download");
        MvcTestResult letter = mvc.post().uri("/disclosure/track/letter").param("receiptNo", f.receiptNo())
                .param("code", f.verificationCode()).with(csrf()).with(from()).exchange();
        assertThat(letter).hasStatusOk();
        assertThat(new String(letter.getResponse().getContentAsByteArray(), 0, 2, StandardCharsets.ISO_8859_1))
                .isEqualTo("PK");
        assertThat(mvc.post().uri("/disclosure/track/letter").param("receiptNo", f.receiptNo()).param("code", "000000")
                .with(csrf()).with(from())).hasStatus(404);
    }

    @Test
    void thePortalFormRefusesBadInputNamingTheFieldKeepsWhatWasTypedAndStoresNothing() throws Exception {
        long before = jdbc.sql("select count(*) from disclosure_request").query(Long.class).single();
        assertThat(apply("", "", "请公开本局2024年度部门预算执行情况说明", null)).hasStatus(400).bodyText()
                .contains("error-summary", "申请人姓名或名称", "获取信息的方式", "请公开本局2024年度部门预算执行情况说明");
        assertThat(apply("钱多多", "", "请公开本局2024年度部门预算执行情况说明", "EMAIL")).hasStatus(400).bodyText()
                .contains("身份证件号码", "自然人申请须填写身份证件号码", "钱多多");
        assertThat(mvc.post().uri("/disclosure/apply").param("unitId", "999999999").param("requesterType", "COMMERCIAL")
                .param("requesterName", "某公司").param("requesterContact", "021-12345678").param("content", "某信息")
                .param("deliveryForm", "EMAIL").with(csrf()).with(from())).hasStatus(400).bodyText()
                .contains("请选择受理申请的行政机关", "某信息");
        assertThat(jdbc.sql("select count(*) from disclosure_request").query(Long.class).single()).isEqualTo(before);

        // a wrong code is answered exactly like a number that does not exist (the form's per-request token aside)
        FiledRequest f = requests.file(new IntakeRequest(fx.dept(), Channel.PORTAL, RequesterType.COMMERCIAL,
                "某某咨询有限公司", null, "021-87654321", null, "示范县2025年政府采购意向", null, DeliveryForm.EMAIL));
        String wrongCode = track(f.receiptNo(), "000000").getResponse().getContentAsString(StandardCharsets.UTF_8)
                .replace(f.receiptNo(), "#").replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "");
        String unknown = track("YSQ2025-ZZZZZZZZ", f.verificationCode()).getResponse()
                .getContentAsString(StandardCharsets.UTF_8).replace("YSQ2025-ZZZZZZZZ", "#")
                .replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "");
        assertThat(track(f.receiptNo(), "000000")).hasStatus(404);
        assertThat(wrongCode).isEqualTo(unknown).contains("没有找到与该受理编号和查询码对应的申请");
    }

    @Test
    void theFilesOfAPortalRequestAreReadWithinTheUnitsScopeOnly() throws Exception {
        MockMultipartFile pdf = new MockMultipartFile("files", "身份证明.pdf", "application/pdf",
                "%PDF-1.4\n% identity\n%%EOF\n".getBytes(StandardCharsets.UTF_8));
        MvcTestResult filed = mvc.perform(MockMvcRequestBuilders.multipart("/disclosure/apply").file(pdf)
                .param("unitId", String.valueOf(fx.dept())).param("requesterType", "NATURAL_PERSON")
                .param("requesterName", "吴晓").param("requesterIdNo", "110101199507071234")
                .param("requesterContact", "13700001111").param("content", "示范县2025年义务教育学校划片范围")
                .param("deliveryForm", "COLLECT_IN_PERSON").with(csrf()).with(from()));
        assertThat(filed).hasStatus3xxRedirection();
        FiledRequest receipt = (FiledRequest) filed.getMvcResult().getFlashMap().get("receipt");
        List<RequestAttachment> files = as(fx.clerk(), () -> requests.attachments(receipt.id()));
        assertThat(files).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(AttachmentKind.REQUEST);
            assertThat(a.fileName()).isEqualTo("身份证明.pdf");
        });
        long attachment = files.get(0).id();
        assertThat(as(fx.clerk(), () -> requests.attachment(receipt.id(), attachment)).fileId())
                .isEqualTo(files.get(0).fileId());
        assertThatThrownBy(() -> as(fx.outsider(), () -> requests.attachments(receipt.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(fx.outsider(), () -> requests.attachment(receipt.id(), attachment)))
                .isInstanceOf(NotFoundException.class);
    }
}
