package org.fazhi.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.fazhi.deadlines.DeadlineStatus;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.NotFoundException;
import org.fazhi.shared.RefusedException;
import org.fazhi.support.FazhiIT;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

/**
 * The clocks of a disclosure request on the official calendar (holidays and 调休 working days): GI-01 20 working
 * days and the extension before the limit ends, GI-02 the one-time 补正 notice within 7 working days restarting
 * the clock on the 补正, GI-03 consultation pausing it (a paused request is never overdue).
 */
@FazhiIT
class DisclosureClocksIT extends DisclosureTestBase {

    @Test
    void gi01ReplyLimitCountsWorkingDaysAcrossTheSpringFestivalAndItsMakeUpSaturdays() {
        on("2026-02-06");
        FiledRequest f = received(RequesterType.NATURAL_PERSON, "2025年本局行政处罚决定书目录");
        // Feb 9–13, Sat 14 (调休), Feb 24–27, Sat 28 (调休), Mar 2–6, Mar 9–12: the 20th working day
        assertThat(f.replyDue()).isEqualTo(d("2026-03-12"));
        assertThat(replyClock(f.id()).ruleId()).isEqualTo("GI-01");
        assertThat(request(f.id()).status()).isEqualTo(RequestStatus.PROCESSING);
        assertThat(f.receiptNo()).startsWith("YSQ2026-");
        assertThat(f.verificationCode()).hasSize(6);
    }

    @Test
    void gi02CorrectionNoticeRestartsTheClockOnReceiptOfTheCorrection() {
        on("2026-09-18");
        FiledRequest f = received(RequesterType.NATURAL_PERSON, "有关那个项目的文件");
        long first = request(f.id()).replyDeadlineId();
        on("2026-09-21");
        DisclosureRequest asked = as(fx.clerk(), () -> requests.askCorrection(f.id(),
                new CorrectionNoticeRequest("请明确项目名称和文件的形成时间。", d("2026-09-21"), null)));
        assertThat(asked.status()).isEqualTo(RequestStatus.AWAITING_CORRECTION);
        assertThat(deadlines.find(first).orElseThrow().status()).isEqualTo(DeadlineStatus.CANCELLED);
        assertThat(deadlines.find(asked.correctionDeadlineId()).orElseThrow().status()).isEqualTo(DeadlineStatus.MET);

        on("2026-09-28");
        DisclosureRequest corrected = as(fx.clerk(), () -> requests.receiveCorrection(f.id(),
                new DateStepRequest(d("2026-09-28"), null)));
        assertThat(corrected.status()).isEqualTo(RequestStatus.PROCESSING);
        assertThat(corrected.clockStart()).isEqualTo(d("2026-09-28"));
        // Sep 29–30, Oct 1–7 国庆 off, Oct 8–9, Sat Oct 10 (调休), Oct 12–30: 20 working days from the 补正
        assertThat(replyClock(f.id()).dueDate()).isEqualTo(d("2026-10-30"));

        assertThatThrownBy(() -> as(fx.clerk(), () -> requests.askCorrection(f.id(),
                new CorrectionNoticeRequest("再次补正", d("2026-09-28"), null))))
                .isInstanceOf(RefusedException.class).extracting("code").isEqualTo("correction-once");
    }

    @Test
    void gi02CorrectionNoticeAfterSevenWorkingDaysIsRefused() {
        on("2026-04-01");
        FiledRequest f = received(RequesterType.COMMERCIAL, "某项目环评批复");
        on("2026-04-14");
        // Apr 2–3, Apr 4–6 清明 off, Apr 7–10, Apr 13: the 7th working day is 13 April
        assertThatThrownBy(() -> as(fx.clerk(), () -> requests.askCorrection(f.id(),
                new CorrectionNoticeRequest("请明确", d("2026-04-14"), null))))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).fieldProblems()).extracting("field")
                        .containsExactly("sentOn"));
        DisclosureRequest ok = as(fx.clerk(), () -> requests.askCorrection(f.id(),
                new CorrectionNoticeRequest("请明确项目名称。", d("2026-04-13"), null)));
        assertThat(ok.correctionAskedOn()).isEqualTo(d("2026-04-13"));
    }

    @Test
    void gi03ConsultationPausesTheClockAndAPausedRequestIsNeverOverdue() {
        on("2026-02-06");
        FiledRequest f = received(RequesterType.NATURAL_PERSON, "某企业排污许可证及附件");
        on("2026-03-02");
        DisclosureRequest consulting = as(fx.clerk(), () -> requests.consult(f.id(),
                new ConsultationRequest("某化工有限公司", d("2026-03-02"), null)));
        assertThat(consulting.status()).isEqualTo(RequestStatus.CONSULTING);
        assertThat(replyClock(f.id()).status()).isEqualTo(DeadlineStatus.PAUSED);
        assertThat(deadlines.find(consulting.consultDeadlineId()).orElseThrow().ruleId()).isEqualTo("GI-03");

        on("2026-06-01");
        assertThat(replyClock(f.id()).status()).as("paused, never overdue").isEqualTo(DeadlineStatus.PAUSED);
        assertThat(as(fx.clerk(), () -> guide.of(f.id())).nextKey()).isEqualTo("disclosure.next.consulting");
        assertThatThrownBy(() -> as(fx.clerk(), () -> requests.reply(f.id(), new ReplyRequest(ReplyReason.DISCLOSED,
                "予以公开", d("2026-06-01"), null)))).isInstanceOf(RefusedException.class).extracting("code")
                .isEqualTo("consulting");

        as(fx.clerk(), () -> requests.endConsultation(f.id(), new DateStepRequest(d("2026-03-09"), null)));
        // paused 2 – 8 March: the five working days of 2–6 March do not count, so 12 + 5 working days later
        assertThat(replyClock(f.id()).dueDate()).isEqualTo(d("2026-03-19"));
    }

    @Test
    void gi01ExtensionIsApprovedOnceAndOnlyBeforeTheFirstLimitEnds() {
        on("2026-02-06");
        FiledRequest late = received(RequesterType.NATURAL_PERSON, "申请一");
        FiledRequest timely = received(RequesterType.NATURAL_PERSON, "申请二");
        on("2026-03-13");
        assertThatThrownBy(() -> as(fx.clerk(), () -> requests.extend(late.id(),
                new ExtensionRequest("信息量大", "公开办主任", null)))).isInstanceOf(RefusedException.class)
                .extracting("code").isEqualTo("extension-too-late");
        on("2026-03-12");
        DisclosureRequest extended = as(fx.clerk(), () -> requests.extend(timely.id(),
                new ExtensionRequest("涉及多年档案检索", "公开办主任", null)));
        assertThat(extended.extendedOn()).isEqualTo(d("2026-03-12"));
        // 20 more working days after 12 March: Mar 13 – Apr 3, Apr 4–6 清明 off, Apr 7–10
        assertThat(replyClock(timely.id()).dueDate()).isEqualTo(d("2026-04-10"));
        assertThatThrownBy(() -> as(fx.clerk(), () -> requests.extend(timely.id(),
                new ExtensionRequest("再延", "公开办主任", null)))).isInstanceOf(RefusedException.class)
                .extracting("code").isEqualTo("already-extended");
    }

    @Test
    void gi04ReplyMeetsTheClockAndAPendingCorrectionEndsOnlyAsNotCorrected() {
        on("2026-05-11");
        FiledRequest f = received(RequesterType.NATURAL_PERSON, "本局2025年部门预算");
        on("2026-05-20");
        DisclosureRequest replied = as(fx.clerk(), () -> requests.reply(f.id(), new ReplyRequest(
                ReplyReason.ALREADY_PUBLIC, "已在本局门户网站财政预决算栏目公开。", d("2026-05-20"), null)));
        assertThat(replied.status()).isEqualTo(RequestStatus.REPLIED);
        assertThat(replied.replyType()).isEqualTo(ReplyType.ALREADY_PUBLIC);
        assertThat(replyClock(f.id()).status()).isEqualTo(DeadlineStatus.MET);
        assertThat(replyClock(f.id()).late()).isFalse();

        FiledRequest g = received(RequesterType.NATURAL_PERSON, "那份文件");
        as(fx.clerk(), () -> requests.askCorrection(g.id(), new CorrectionNoticeRequest("请明确", d("2026-05-20"),
                null)));
        assertThatThrownBy(() -> as(fx.clerk(), () -> requests.reply(g.id(), new ReplyRequest(ReplyReason.DISCLOSED,
                "公开", d("2026-05-20"), null)))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> as(fx.clerk(), () -> requests.reply(f.id(), new ReplyRequest(ReplyReason.DISCLOSED,
                "公开", d("2026-05-20"), null)))).isInstanceOf(RefusedException.class).extracting("code")
                .isEqualTo("request-replied");
        DisclosureRequest abandoned = as(fx.clerk(), () -> requests.reply(g.id(), new ReplyRequest(
                ReplyReason.NOT_CORRECTED, "逾期未补正，不再处理。", d("2026-05-20"), null)));
        assertThat(abandoned.replyReason().row()).isEqualTo(Table3Row.OTHER_NOT_CORRECTED);
    }

    @Test
    void anotherUnitsRequestIsNotFoundAndLeadersDoNotTakeSteps() {
        FiledRequest f = received(RequesterType.NATURAL_PERSON, "范围测试");
        assertThatThrownBy(() -> as(fx.outsider(), () -> requests.request(f.id())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(fx.outsider(), () -> requests.reply(f.id(), new ReplyRequest(
                ReplyReason.DISCLOSED, "公开", clock.instant().atZone(clock.getZone()).toLocalDate(), null))))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(fx.leader(), () -> requests.reveal(f.id(), new RevealRequest("核对"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as(fx.outsider(), () -> requests.list(null, org.fazhi.shared.PageQuery.of(0, 200))).items())
                .extracting(DisclosureRequest::id).doesNotContain(f.id());
    }

    @Test
    void theRequesterIsMaskedInStaffViewsAndRevealedOnlyWithAReason() {
        FiledRequest f = received(RequesterType.NATURAL_PERSON, "个人信息测试");
        DisclosureRequest r = request(f.id());
        assertThat(r.requesterName()).isEqualTo("王**");
        assertThat(r.requesterIdNo()).isEqualTo("110***********7777");
        assertThat(r.requesterContact()).isEqualTo("139****5678");
        assertThatThrownBy(() -> as(fx.clerk(), () -> requests.reveal(f.id(), new RevealRequest(" "))))
                .isInstanceOf(InvalidInputException.class);
        RequesterIdentity who = as(fx.clerk(), () -> requests.reveal(f.id(), new RevealRequest("邮寄答复书")));
        assertThat(who.name()).isEqualTo("王小明");
        assertThat(who.contact()).isEqualTo("13912345678");
        long audited = ctx.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
                .sql("select count(*) from audit_event where entity_type = ? and entity_id = ? and action = ?")
                .param(DisclosureRequest.SUBJECT.name()).param(String.valueOf(f.id())).param("reveal-requester")
                .query(Long.class).single();
        assertThat(audited).isEqualTo(1);
    }
}
