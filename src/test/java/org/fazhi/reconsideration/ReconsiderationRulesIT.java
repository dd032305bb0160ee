package org.fazhi.reconsideration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.fazhi.deadlines.DeadlineStatus;
import org.fazhi.support.FazhiIT;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

/**
 * The rules of 行政复议法 a case is held to, each refusal named as the rule it enforces: the application
 * period and the limits around it (RC-01, RC-10, RC-20/21), 复议前置 (RC-03), one 补正 within the review
 * period (RC-02), the simplified procedure's cases (RC-05), the copy before the answer and the answer
 * period before the decision (RC-04), hearing the parties (第四十九条), the respondent's head at the
 * hearing (RC-13 / 第五十一条), the decision without an answer (第七十条), one extension before the period
 * ends (RC-06), conversion, the incidental review before resumption (RC-07), settlement (第七十四条),
 * letters and their reports (RC-08), and who may take which step.
 */
@FazhiIT
class ReconsiderationRulesIT extends ReconsiderationTestBase {

    private ReconsiderationCase receiveWith(java.time.LocalDate received, java.util.function.UnaryOperator<ApplicationRequest> change) {
        on(received);
        return handler(() -> applications.enter(change.apply(request(received, received.minusDays(10), ActType.PENALTY,
                false, null))).application());
    }

    private static ApplicationRequest with(ApplicationRequest r, java.time.LocalDate knew, java.time.LocalDate actDate,
            Boolean informed, java.time.LocalDate rightKnown, Integer special, String law, java.time.LocalDate lostFrom,
            java.time.LocalDate lostTo, boolean realProperty) {
        return new ApplicationRequest(r.bodyId(), r.channel(), r.receivedOn(), r.agencyReceivedOn(), r.applicantType(),
                r.applicantName(), r.idType(), r.idNo(), r.phone(), r.address(), r.agentName(), r.respondentUnitId(),
                r.actType(), r.actDescription(), actDate, knew, r.onTheSpot(), r.warningOrCriticism(), r.amount(),
                realProperty, informed, rightKnown, special, law, lostFrom, lostTo, r.requests(), r.factsAndReasons(),
                r.normdocTitle(), r.preconditionByOtherLaw());
    }

    @Test
    void aLongerPeriodGivenByALawExtendsTheApplicationPeriod() {
        ReconsiderationCase c = receiveWith(d("2025-06-10"), r -> with(r, d("2025-03-20"), d("2025-03-19"), true, null,
                90, "某法第二十条", null, null, false));
        assertThat(c.window().ok()).isTrue();
        assertThat(c.window().due()).isEqualTo(d("2025-06-18"));
        invalid(() -> receiveWith(d("2025-06-10"), r -> with(r, d("2025-03-20"), null, true, null, 90, null, null,
                null, false)), "specialPeriodLaw", "reconsideration.special-period.law-required");
    }

    @Test
    void anApplicantNotToldOfTheRightCountsFromLearningOfItButAtMostOneYear() {
        ReconsiderationCase told = receiveWith(d("2025-09-10"), r -> with(r, d("2025-03-03"), null, false,
                d("2025-08-01"), null, null, null, null, false));
        assertThat(told.window().ok()).as("60 days from learning of the right on 1 Aug").isTrue();
        ReconsiderationCase capped = receiveWith(d("2025-09-10"), r -> with(r, d("2024-08-01"), null, false,
                d("2025-08-01"), null, null, null, null, false));
        assertThat(capped.window().ok()).isFalse();
        assertThat(capped.window().ruleId()).isEqualTo("RC-10");
    }

    @Test
    void timeLostToForceMajeureDoesNotCount() {
        ReconsiderationCase c = receiveWith(d("2025-06-20"), r -> with(r, d("2025-04-01"), null, true, null, null, null,
                d("2025-04-10"), d("2025-05-09"), false));
        assertThat(c.window().ok()).as("30 days lost move the end from 31 May to 30 Jun").isTrue();
    }

    @Test
    void anApplicationMoreThanFiveYearsAfterTheActOrTwentyForRealPropertyIsOutOfTime() {
        ReconsiderationCase old = receiveWith(d("2025-06-10"), r -> with(r, d("2025-05-01"), d("2020-05-01"), true,
                null, null, null, null, null, false));
        assertThat(old.window().ok()).isFalse();
        assertThat(old.window().ruleId()).isEqualTo("RC-20");
        ReconsiderationCase land = receiveWith(d("2025-06-10"), r -> with(r, d("2025-05-01"), d("2020-05-01"), true,
                null, null, null, null, null, true));
        assertThat(land.window().ok()).as("real property: 20 years").isTrue();
    }

    @Test
    void reconsiderationBeforeSuitIsIdentified() {
        assertThat(receive(d("2025-06-10"), d("2025-06-01"), ActType.PENALTY, true, new BigDecimal("100"))
                .preconditionBasis()).isEqualTo(PreconditionBasis.ON_THE_SPOT_PENALTY);
        assertThat(receive(d("2025-06-10"), d("2025-06-01"), ActType.INACTION, false, null).preconditionBasis())
                .isEqualTo(PreconditionBasis.INACTION);
        assertThat(receive(d("2025-06-10"), d("2025-06-01"), ActType.INFORMATION_DISCLOSURE, false, null)
                .precondition()).isTrue();
        assertThat(receive(d("2025-06-10"), d("2025-06-01"), ActType.PENALTY, false, null).precondition()).isFalse();
    }

    @Test
    void theCorrectionNoticeIsGivenOnceAndWithinTheReviewPeriod() {
        ReconsiderationCase late = receive(d("2025-06-02"));
        on(d("2025-06-12"));
        invalid(() -> handler(() -> applications.requestCorrection(late.id(), new CorrectionNoticeRequest("补充。",
                d("2025-06-12"), null))), "notifiedOn", "reconsideration.correction.notice-late");

        ReconsiderationCase c = receive(d("2025-06-02"));
        handler(() -> applications.requestCorrection(c.id(), new CorrectionNoticeRequest("补充。", d("2025-06-02"), null)));
        handler(() -> applications.receiveCorrection(c.id(), new CorrectionReceiptRequest(d("2025-06-02"), null, null)));
        refused(() -> handler(() -> applications.requestCorrection(c.id(), new CorrectionNoticeRequest("再补充。",
                d("2025-06-02"), null))), "correction-once");
    }

    @Test
    void theSimplifiedProcedureNeedsAnEligibleCaseOrEveryPartysAgreement() {
        ReconsiderationCase small = receive(d("2025-06-02"), d("2025-05-20"), ActType.PENALTY, false,
                new BigDecimal("3000"));
        assertThat(accept(small.id(), d("2025-06-02"), ProcedureKind.SIMPLIFIED).procedure())
                .isEqualTo(ProcedureKind.SIMPLIFIED);
        ReconsiderationCase large = receive(d("2025-06-02"), d("2025-05-20"), ActType.PENALTY, false,
                new BigDecimal("3000.01"));
        invalid(() -> accept(large.id(), d("2025-06-02"), ProcedureKind.SIMPLIFIED), "procedure",
                "reconsideration.simplified.not-eligible");
        assertThat(handler(() -> applications.accept(large.id(), new AcceptanceRequest(d("2025-06-02"),
                ProcedureKind.SIMPLIFIED, true, null))).procedure()).as("all parties agree").isEqualTo(ProcedureKind.SIMPLIFIED);
    }

    @Test
    void theAnswerFollowsTheCopyAndTheDecisionWaitsForTheAnswerOrItsPeriod() {
        ReconsiderationCase c = accepted(d("2025-06-02"));
        refused(() -> answer(c.id(), d("2025-06-02")), "copy-not-sent");
        copy(c.id(), d("2025-06-02"));
        views(c.id(), d("2025-06-02"));
        refused(() -> decide(c.id(), DecisionOutcome.UPHELD, d("2025-06-02")), "answer-pending");
        // the answer period (10 working days from 2 Jun) ends on 16 Jun; without an answer only 第七十条 remains
        on(d("2025-06-17"));
        invalid(() -> decide(c.id(), DecisionOutcome.UPHELD, d("2025-06-17")), "outcome",
                "reconsideration.decision.no-answer");
        assertThat(decide(c.id(), DecisionOutcome.REVOKED, d("2025-06-17")).status()).isEqualTo(CaseStatus.DECIDED);
    }

    @Test
    void anOrdinaryCaseIsDecidedOnlyAfterThePartiesAreHeard() {
        ReconsiderationCase c = accepted(d("2025-06-02"));
        copy(c.id(), d("2025-06-02"));
        answer(c.id(), d("2025-06-02"));
        refused(() -> decide(c.id(), DecisionOutcome.UPHELD, d("2025-06-02")), "parties-not-heard");
        invalid(() -> handler(() -> cases.recordViews(c.id(), new ViewsRequest(HearingKind.WRITTEN, d("2025-06-02"),
                null, "书面。", null))), "reason", "reconsideration.views.written-reason");
        handler(() -> cases.recordViews(c.id(), new ViewsRequest(HearingKind.WRITTEN, d("2025-06-02"),
                "申请人拒绝接听电话，无法听取意见。", "书面。", null)));
        assertThat(decide(c.id(), DecisionOutcome.UPHELD, d("2025-06-02")).status()).isEqualTo(CaseStatus.DECIDED);
    }

    @Test
    void theRespondentsHeadAttendsTheHearingOrDelegatesWithAReason() {
        ReconsiderationCase c = accepted(d("2025-06-02"));
        copy(c.id(), d("2025-06-02"));
        handler(() -> cases.scheduleHearing(c.id(), new HearingScheduleRequest(d("2025-06-16"), d("2025-06-02"), "听证室",
                null)));
        refused(() -> handler(() -> cases.recordHearing(c.id(), new HearingRecordRequest(true, "局长", null, null, true,
                "记录。", null))), "no-hearing-due");
        on(d("2025-06-16"));
        invalid(() -> handler(() -> cases.recordHearing(c.id(), new HearingRecordRequest(false, null, "科员", null, true,
                "记录。", null))), "delegateReason", "reconsideration.hearing.delegate-required");
        handler(() -> cases.recordHearing(c.id(), new HearingRecordRequest(false, null, "法制科科长", "局长参加省里会议。",
                true, "记录。", null)));
        Hearing h = handler(() -> overviews.of(c.id())).hearings().get(0);
        assertThat(h.held()).isTrue();
        assertThat(h.headAttended()).isFalse();
        assertThat(h.delegateReason()).isEqualTo("局长参加省里会议。");
    }

    @Test
    void theDecisionPeriodIsExtendedOnceBeforeItEndsAndNeverInTheSimplifiedProcedure() {
        ReconsiderationCase c = accepted(d("2025-06-02"));
        on(d("2025-08-04"));
        invalid(() -> handler(() -> cases.extend(c.id(), new ApprovalRequest(d("2025-08-04"), "负责人", "复杂。", null))),
                "approvedOn", "reconsideration.extension.after-period");
        ReconsiderationCase e = handler(() -> cases.extend(c.id(), new ApprovalRequest(d("2025-08-01"), "负责人", "复杂。",
                null)));
        assertThat(clockOf(e.clocks().decision()).status()).isEqualTo(DeadlineStatus.EXTENDED);
        assertThat(clockOf(e.clocks().decision()).dueDate()).as("60 + 30 days from 2 Jun").isEqualTo(d("2025-08-31")
                .plusDays(1));
        refused(() -> handler(() -> cases.extend(c.id(), new ApprovalRequest(d("2025-08-01"), "负责人", "再延。", null))),
                "extended");

        ReconsiderationCase s = receive(d("2025-06-02"), d("2025-05-20"), ActType.PENALTY, true, null);
        accept(s.id(), d("2025-06-02"), ProcedureKind.SIMPLIFIED);
        refused(() -> handler(() -> cases.extend(s.id(), new ApprovalRequest(d("2025-06-02"), "负责人", "复杂。", null))),
                "simplified-no-extension");
        ReconsiderationCase converted = handler(() -> cases.convertToOrdinary(s.id(), new ApprovalRequest(d("2025-06-02"),
                "负责人", "不宜适用简易程序。", null)));
        assertThat(converted.procedure()).isEqualTo(ProcedureKind.ORDINARY);
        assertThat(clockOf(converted.clocks().decision()).ruleId()).isEqualTo("RC-06");
        assertThat(clockOf(converted.clocks().decision()).startDate()).as("60 days from acceptance")
                .isEqualTo(d("2025-06-02"));
    }

    @Test
    void aCaseSuspendedForAnIncidentalReviewResumesOnlyOnceTheReviewIsConcluded() {
        ReconsiderationCase c = accepted(d("2025-06-02"));
        handler(() -> normdocs.open(c.id(), new NormdocReviewRequest("某文件", "某县人民政府", null, true, d("2025-06-02"),
                null)));
        assertThat(reload(c.id()).status()).isEqualTo(CaseStatus.SUSPENDED);
        refused(() -> handler(() -> cases.resume(c.id(), new ResumptionRequest(d("2025-06-02"), null))),
                "normdoc-review-pending");
        refused(() -> handler(() -> normdocs.conclude(c.id(), new NormdocStepRequest(d("2025-06-02"), null,
                NormdocConclusion.LAWFUL, null, null))), "normdoc-not-ready");
        refused(() -> handler(() -> normdocs.forward(c.id(), new NormdocStepRequest(d("2025-06-02"), "某机关", null, null,
                null))), "not-to-forward");
        handler(() -> normdocs.notifyIssuer(c.id(), new NormdocStepRequest(d("2025-06-02"), null, null, null, null)));
        handler(() -> normdocs.recordIssuerAnswer(c.id(), new NormdocStepRequest(d("2025-06-02"), null, null, null, null)));
        invalid(() -> handler(() -> normdocs.conclude(c.id(), new NormdocStepRequest(d("2025-06-02"), null,
                NormdocConclusion.REPLIED, null, null))), "conclusion", "reconsideration.normdoc.conclusion-competent");
        handler(() -> normdocs.conclude(c.id(), new NormdocStepRequest(d("2025-06-02"), null, NormdocConclusion.UNLAWFUL,
                "第五条超越权限。", null)));
        assertThat(handler(() -> cases.resume(c.id(), new ResumptionRequest(d("2025-06-02"), null))).status())
                .isEqualTo(CaseStatus.ACCEPTED);
        invalid(() -> handler(() -> normdocs.open(accepted(d("2025-06-02")).id(), new NormdocReviewRequest("某文件",
                "某机关", 999_999_999L, true, d("2025-06-02"), null))), "normdocId", "reconsideration.normdoc.unknown");
    }

    @Test
    void aSettlementIsRecordedWithItsAgreement() {
        ReconsiderationCase c = heard(d("2025-06-02"));
        invalid(() -> handler(() -> cases.terminate(c.id(), new TerminationRequest(TerminationGround.SETTLED,
                d("2025-06-02"), "和解。", null, null, null))), "settlementNo", "reconsideration.termination.settlement-required");
        ReconsiderationCase t = handler(() -> cases.terminate(c.id(), new TerminationRequest(TerminationGround.SETTLED,
                d("2025-06-02"), "和解。", "和" + fx.tag(), "重新核定数额。", null)));
        assertThat(t.status()).isEqualTo(CaseStatus.TERMINATED);
        assertThat(t.resolution().kind()).isEqualTo(ResolutionKind.SETTLEMENT);
        assertThat(clockOf(t.clocks().decision()).status()).isEqualTo(DeadlineStatus.MET);
    }

    @Test
    void aLetterIsReportedByItsRecipientAndIsLateAfterSixtyDays() {
        ReconsiderationCase c = heard(d("2025-06-02"));
        decide(c.id(), DecisionOutcome.REVOKED, d("2025-06-02"));
        OpinionLetter l = handler(() -> letters.issue(c.id(), new LetterRequest(LetterKind.OPINION, fx.agency(),
                "意" + fx.tag() + SERIAL.incrementAndGet(), d("2025-06-02"), d("2025-06-02"), "请纠正。")));
        invalid(() -> handler(() -> letters.issue(c.id(), new LetterRequest(LetterKind.OPINION, fx.outside(), "意X",
                d("2025-06-02"), d("2025-06-02"), "请纠正。"))), "recipientUnitId",
                "reconsideration.respondent.not-in-jurisdiction");
        on(d("2025-09-01"));
        notFound(() -> as(fx.outsider(), () -> letters.report(l.id(), new CorrectionReportRequest(d("2025-09-01"), "整改。",
                null))));
        OpinionLetter r = as(fx.respondent(), () -> letters.report(l.id(), new CorrectionReportRequest(d("2025-09-01"),
                "已纠正。", null)));
        assertThat(r.status()).isEqualTo(LetterStatus.REPORTED);
        assertThat(clockOf(l.deadlineId()).late()).as("after 1 Aug (60 days)").isTrue();
        refused(() -> as(fx.respondent(), () -> letters.report(l.id(), new CorrectionReportRequest(d("2025-09-01"),
                "再报。", null))), "reported");
    }

    @Test
    void theRespondentAnswersButTakesNoneOfTheBodysSteps() {
        ReconsiderationCase c = accepted(d("2025-06-02"));
        copy(c.id(), d("2025-06-02"));
        assertThatThrownBy(() -> as(fx.respondent(), () -> applications.accept(c.id(), new AcceptanceRequest(
                d("2025-06-02"), ProcedureKind.ORDINARY, false, null)))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(fx.respondent(), () -> cases.decide(c.id(), new DecisionRequest(DecisionOutcome.UPHELD,
                "X", d("2025-06-02"), "理由。", null)))).isInstanceOf(AccessDeniedException.class);
        ReconsiderationCase answered = as(fx.respondent(), () -> cases.recordAnswer(c.id(), new AnswerRequest(
                d("2025-06-02"), "本局答复及证据。", null)));
        assertThat(answered.answer().receivedOn()).isEqualTo(d("2025-06-02"));
        refused(() -> as("lingdao", () -> cases.recordAnswer(c.id(), new AnswerRequest(d("2025-06-02"), "答复。", null))),
                "not-party");
        assertThat(auditActions(c.id())).contains("accept", "send-copy", "record-answer");
    }

    @Test
    void aStaleVersionIsRefused() {
        ReconsiderationCase c = receive(d("2025-06-02"));
        assertThatThrownBy(() -> handler(() -> applications.accept(c.id(), new AcceptanceRequest(d("2025-06-02"),
                ProcedureKind.ORDINARY, false, c.version() + 1)))).isInstanceOf(org.fazhi.shared.StaleVersionException.class);
    }
}
