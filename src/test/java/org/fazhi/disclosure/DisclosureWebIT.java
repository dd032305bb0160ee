package org.fazhi.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fazhi.calendar.KernelTestSupport.console;

import java.util.List;
import org.fazhi.support.FazhiIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The disclosure pages in both languages, forms answering bad input beside the field, the public API's filing and
 * tracking by receipt and code, and the data scope in the console and the API (another unit's request is 404).
 */
@FazhiIT
class DisclosureWebIT extends DisclosureTestBase {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    UserDetailsService users;

    @Test
    void thePagesRenderInBothLanguagesAndTheRequesterIsMaskedThere() {
        FiledRequest f = received(RequesterType.NATURAL_PERSON, "页面测试申请");
        AnnualReport a = as(fx.clerk(), () -> reports.open(new ReportRequest(fx.dept(), 2023, ReportKind.DEPARTMENT)));
        for (String lang : List.of("zh_CN", "en")) {
            for (String path : List.of("/console/disclosure/requests", "/console/disclosure/requests/" + f.id(),
                    "/console/disclosure/reports", "/console/disclosure/reports/" + a.id())) {
                assertThat(mvc.get().uri(path + "?lang=" + lang).with(console(users, fx.clerk())))
                        .as(path + " in " + lang).hasStatusOk();
            }
        }
        assertThat(mvc.get().uri("/console/disclosure/requests/" + f.id()).with(console(users, fx.clerk())))
                .hasStatusOk().bodyText().contains("王**", "139****5678", "一次性告知补正").doesNotContain("王小明");
        assertThat(mvc.post().uri("/console/disclosure/requests/" + f.id() + "/reveal").param("reason", "邮寄答复书")
                .with(console(users, fx.clerk()))).hasStatusOk().bodyText().contains("王小明");
        assertThat(mvc.get().uri("/console/disclosure/requests/" + f.id()).with(console(users, fx.outsider())))
                .hasStatus(404);
        assertThat(mvc.get().uri("/api/v1/disclosure/requests/" + f.id()).with(fx.basic(fx.outsider())))
                .hasStatus(404);
    }

    @Test
    void anIntakeFormWithoutTheRequestedInformationIsAnsweredBesideTheField() {
        assertThat(mvc.post().uri("/console/disclosure/requests").param("unitId", String.valueOf(fx.dept()))
                .param("channel", "POST").param("requesterType", "NATURAL_PERSON").param("requesterName", "李四")
                .param("requesterIdNo", "110101199003077777").param("requesterContact", "13800000000")
                .param("content", "").with(console(users, fx.clerk()))).hasStatusOk().bodyText()
                .contains("error-summary", "所需信息");
    }

    @Test
    void theRequesterFilesOnThePortalAndTracksByReceiptAndCode() throws Exception {
        String body = """
                {"unitId": %d, "requesterType": "NATURAL_PERSON", "requesterName": "赵六",
                 "requesterIdNo": "110101199003077777", "requesterContact": "13700000000",
                 "content": "本局2025年政府信息公开工作年度报告的原始统计表"}""".formatted(fx.dept());
        var filed = mvc.post().uri("/api/v1/public/disclosure/requests").contentType(MediaType.APPLICATION_JSON)
                .content(body).exchange();
        assertThat(filed).hasStatus(201);
        String json = filed.getResponse().getContentAsString();
        String receipt = json.replaceAll(".*\"receiptNo\":\"([^\"]+)\".*", "$1");
        String code = json.replaceAll(".*\"verificationCode\":\"([^\"]+)\".*", "$1");
        assertThat(mvc.post().uri("/api/v1/public/disclosure/track").contentType(MediaType.APPLICATION_JSON)
                .content("{\"receiptNo\":\"" + receipt + "\",\"code\":\"" + code + "\"}")).hasStatusOk()
                .bodyJson().extractingPath("$.status").isEqualTo("PROCESSING");
        var tracked = mvc.post().uri("/api/v1/public/disclosure/track").contentType(MediaType.APPLICATION_JSON)
                .content("{\"receiptNo\":\"" + receipt + "\",\"code\":\"" + code + "\"}").exchange();
        assertThat(tracked.getResponse().getContentAsString()).doesNotContain("赵六", "13700000000");
        assertThat(mvc.post().uri("/api/v1/public/disclosure/track").contentType(MediaType.APPLICATION_JSON)
                .content("{\"receiptNo\":\"" + receipt + "\",\"code\":\"000000x\"}")).hasStatus(404);
        assertThat(mvc.post().uri("/disclosure/track").param("receiptNo", receipt).param("code", code)
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .hasStatusOk().bodyText().contains("tracking-status", "办理中").doesNotContain("赵六");
        assertThat(mvc.get().uri("/disclosure/track")).hasStatusOk();
        assertThat(mvc.get().uri("/disclosure/reports")).hasStatusOk();
        for (AnnualReport a : reports.published()) {
            assertThat(mvc.get().uri("/disclosure/reports/" + a.id() + "?lang=en")).hasStatusOk();
        }
    }
}
