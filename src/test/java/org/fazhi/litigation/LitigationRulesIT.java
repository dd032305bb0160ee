package org.fazhi.litigation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.fazhi.shared.StaleVersionException;
import org.fazhi.support.FazhiIT;
import org.junit.jupiter.api.Test;

/**
 * The procedure of a suit and its input rules: an instance from the copy to the fulfilment, each step
 * audited; who counts as the responsible person (LT-01, LT-04: head, deputies, leaders in charge — not
 * an entrusted body's head) and the reason and approval required when none appeared; the steps the
 * procedure refuses, with their codes; and the input refused field by field.
 */
@FazhiIT
class LitigationRulesIT extends LitigationTestBase {

    @Test
    void anInstanceRunsFromTheDefenceThroughTheJudgmentToItsFulfilment() {
        LitigationCase c = sue(d("2025-06-02"));
        defend(c.id(), d("2025-06-10"));
        heard(c.id(), d("2025-07-08"), AppearanceRole.DEPUTY);
        judge(c.id(), JudgmentKind.JUDGMENT, JudgmentOutcome.ORDERED_PERFORMANCE, d("2025-08-01"), true);
        on(d("2025-08-20"));
        LitigationCase effective = handler(() -> cases.becomeEffective(c.id(), new EffectRequest(d("2025-08-19"), null)));
        assertThat(effective.status()).isEqualTo(LitigationStatus.EFFECTIVE);
        LitigationCase done = handler(() -> cases.recordFulfilment(c.id(), new FulfilmentRequest(d("2025-08-20"),
                "已重新作出处理决定。", d("2025-08-20"), null)));
        assertThat(done.status()).isEqualTo(LitigationStatus.CLOSED);
        assertThat(done.performedOn()).isEqualTo(d("2025-08-20"));
        assertThat(done.reportedOn()).isEqualTo(d("2025-08-20"));
        assertThat(auditActions(LitigationCase.SUBJECT.name(), c.id())).containsExactly("create", "submit-defence",
                "schedule-hearing", "record-appearance", "record-judgment", "become-effective", "record-fulfilment");
        assertThat(handler(() -> guide.of(c.id())).nextKey()).isEqualTo("litigation.next.closed");
    }

    @Test
    void aJudgmentThatObligesTheDefendantToNothingClosesWithoutFulfilment() {
        LitigationCase c = sue(d("2025-06-02"));
        judge(c.id(), JudgmentKind.JUDGMENT, JudgmentOutcome.CLAIMS_DISMISSED, d("2025-07-01"), false);
        on(d("2025-07-20"));
        handler(() -> cases.becomeEffective(c.id(), new EffectRequest(d("2025-07-17"), null)));
        refused(() -> handler(() -> cases.recordFulfilment(c.id(), new FulfilmentRequest(d("2025-07-20"), "无。", null,
                null))), "nothing-to-perform");
        assertThat(handler(() -> cases.closeWithoutPerformance(c.id(), new EffectRequest(d("2025-07-20"), null)))
                .status()).isEqualTo(LitigationStatus.CLOSED);

        LitigationCase duty = sue(d("2025-06-02"));
        judge(duty.id(), JudgmentKind.JUDGMENT, JudgmentOutcome.ORDERED_PAYMENT, d("2025-07-01"), true);
        on(d("2025-07-20"));
        handler(() -> cases.becomeEffective(duty.id(), new EffectRequest(d("2025-07-17"), null)));
        refused(() -> handler(() -> cases.closeWithoutPerformance(duty.id(), new EffectRequest(d("2025-07-20"), null))),
                "performance-required");
    }

    @Test
    void onlyTheHeadDeputiesAndLeadersInChargeCountAndAnyoneElseNeedsAReasonAndItsApproval() {
        assertThat(AppearanceRole.HEAD.responsible()).isTrue();
        assertThat(AppearanceRole.DEPUTY.responsible()).isTrue();
        assertThat(AppearanceRole.LEADER_IN_CHARGE.responsible()).isTrue();
        assertThat(AppearanceRole.ENTRUSTED_BODY_HEAD.responsible()).as("an entrusted body's head is no 负责人").isFalse();
        assertThat(AppearanceRole.STAFF.responsible()).isFalse();
        assertThat(AppearanceRole.LAWYER.responsible()).isFalse();

        LitigationCase c = sue(d("2025-06-02"));
        on(d("2025-07-08"));
        hearing(c.id(), d("2025-07-08"), d("2025-07-01"));
        invalid(() -> handler(() -> cases.recordAppearance(c.id(), new AppearanceRequest(AppearanceRole.ENTRUSTED_BODY_HEAD,
                "某执法大队队长", "队长", null, null, null))), "absenceReason", "litigation.appearance.absence-required");
        invalid(() -> handler(() -> cases.recordAppearance(c.id(), new AppearanceRequest(AppearanceRole.STAFF, "张三",
                "科员", "公务冲突。", " ", null))), "absenceApprovedBy", "litigation.appearance.absence-required");
        handler(() -> cases.recordAppearance(c.id(), new AppearanceRequest(AppearanceRole.ENTRUSTED_BODY_HEAD,
                "某执法大队队长", "队长", "局长出差。", "县人民政府", null)));
        CourtHearing h = handler(() -> overviews.of(c.id())).hearings().get(0);
        assertThat(h.held()).isTrue();
        assertThat(h.responsibleAppeared()).isFalse();
        assertThat(h.absenceReason()).isEqualTo("局长出差。");
        assertThat(h.absenceApprovedBy()).isEqualTo("县人民政府");

        on(d("2025-07-20"));
        hearing(c.id(), d("2025-07-20"), null);
        handler(() -> cases.recordAppearance(c.id(), new AppearanceRequest(AppearanceRole.LEADER_IN_CHARGE, "分管副局长",
                "副局长", "不应保存", "也不应保存", null)));
        CourtHearing second = handler(() -> overviews.of(c.id())).hearings().get(1);
        assertThat(second.responsibleAppeared()).isTrue();
        assertThat(second.absenceReason()).as("a responsible person needs no excuse").isNull();
    }

    @Test
    void theStepsTheProcedureDoesNotAllowAreRefusedWithTheirCode() {
        LitigationCase c = sue(d("2025-06-02"));
        defend(c.id(), d("2025-06-05"));
        refused(() -> defend(c.id(), d("2025-06-06")), "defence-submitted");
        refused(() -> appear(c.id(), AppearanceRole.HEAD), "no-hearing-due");
        on(d("2025-06-10"));
        hearing(c.id(), d("2025-06-20"), null);
        refused(() -> hearing(c.id(), d("2025-06-25"), null), "hearing-pending");
        refused(() -> appear(c.id(), AppearanceRole.HEAD), "no-hearing-due");
        on(d("2025-06-21"));
        refused(() -> judge(c.id(), JudgmentKind.JUDGMENT, JudgmentOutcome.REVOKED, d("2025-06-21"), false),
                "hearing-unrecorded");
        appear(c.id(), AppearanceRole.HEAD);
        LitigationCase judged = judge(c.id(), JudgmentKind.JUDGMENT, JudgmentOutcome.REVOKED, d("2025-06-25"), false);
        refused(() -> defend(c.id(), d("2025-06-25")), "wrong-status");
        assertThatThrownBy(() -> handler(() -> cases.becomeEffective(c.id(), new EffectRequest(d("2025-06-25"),
                judged.version() - 1)))).isInstanceOf(StaleVersionException.class);

        LitigationCase noCopy = handler(() -> cases.file(direct(fx.agency(), d("2025-06-25"), d("2025-06-01"), null)));
        refused(() -> defend(noCopy.id(), d("2025-06-25")), "no-copy");

        on(d("2025-07-20"));
        LitigationCase second = handler(() -> cases.appeal(c.id(), new AppealRequest(Appellant.DEFENDANT, d("2025-07-02"),
                "中级人民法院", "(2025)测行终" + fx.tag() + "9号", null, null)));
        assertThat(second.complaintReceivedOn()).as("our own appeal: nothing to answer").isNull();
        judge(second.id(), JudgmentKind.JUDGMENT, JudgmentOutcome.APPEAL_DISMISSED, d("2025-07-20"), false);
        refused(() -> handler(() -> cases.appeal(second.id(), new AppealRequest(Appellant.DEFENDANT, d("2025-07-20"),
                "高级人民法院", "(2025)测行终" + fx.tag() + "10号", null, null))), "not-appealable");
        assertThat(handler(() -> cases.becomeEffective(second.id(), new EffectRequest(d("2025-07-20"), null))).status())
                .as("a second instance takes effect on service").isEqualTo(LitigationStatus.EFFECTIVE);
        assertThat(handler(() -> overviews.of(second.id())).instances()).extracting(LitigationCase::id)
                .containsExactly(c.id(), second.id());
    }

    @Test
    void badInputIsRefusedFieldByField() {
        LitigationCase c = sue(d("2025-06-02"));
        on(d("2025-06-10"));
        LitigationRequest again = direct(fx.agency(), d("2025-06-02"), d("2025-05-01"), null);
        invalid(() -> handler(() -> cases.file(new LitigationRequest(again.unitId(), again.stage(), null, c.court(),
                c.caseNo(), again.cause(), again.plaintiff(), again.plaintiffType(), again.actDescription(),
                again.filingBasis(), null, again.knowledgeDate(), true, null, null, null, false, false, again.filedOn(),
                null, false))), "caseNo", "litigation.case-no.taken");
        invalid(() -> handler(() -> cases.file(new LitigationRequest(again.unitId(), Stage.SECOND_INSTANCE, null,
                again.court(), again.caseNo(), again.cause(), again.plaintiff(), again.plaintiffType(),
                again.actDescription(), again.filingBasis(), null, again.knowledgeDate(), true, null, null, null, false,
                false, again.filedOn(), null, false))), "previousCaseId", "litigation.previous.required");
        LitigationCase other = sue(fx.town(), d("2025-06-02"));
        on(d("2025-06-10"));
        invalid(() -> handler(() -> cases.file(new LitigationRequest(fx.agency(), Stage.RETRIAL, other.id(),
                again.court(), again.caseNo(), again.cause(), again.plaintiff(), again.plaintiffType(),
                again.actDescription(), again.filingBasis(), null, again.knowledgeDate(), true, null, null, null, false,
                false, again.filedOn(), null, false))), "previousCaseId", "litigation.previous.unknown");
        invalid(() -> handler(() -> cases.file(direct(fx.agency(), d("2025-06-11"), d("2025-05-01"), null))), "filedOn",
                "litigation.date.future");
        invalid(() -> handler(() -> cases.file(direct(fx.agency(), d("2025-06-02"), d("2025-06-05"), null))),
                "knowledgeDate", "litigation.knowledge.after-filing");
        invalid(() -> handler(() -> cases.file(direct(fx.agency(), d("2025-06-05"), d("2025-05-01"), d("2025-06-01")))),
                "complaintReceivedOn", "litigation.date.between");
        LitigationRequest noKnowledge = direct(fx.agency(), d("2025-06-05"), d("2025-05-01"), null);
        invalid(() -> handler(() -> cases.file(new LitigationRequest(noKnowledge.unitId(), noKnowledge.stage(), null,
                noKnowledge.court(), noKnowledge.caseNo(), noKnowledge.cause(), noKnowledge.plaintiff(),
                noKnowledge.plaintiffType(), noKnowledge.actDescription(), FilingBasis.AFTER_RECONSIDERATION, null, null,
                null, null, null, null, false, false, noKnowledge.filedOn(), null, false))),
                "reconsiderationReceivedOn", "litigation.reconsideration-date.required");

        invalid(() -> handler(() -> cases.scheduleHearing(c.id(), new CourtHearingRequest(d("2025-06-20"), null, true,
                null, null))), "summonsServedOn", "litigation.hearing.summons-date");
        invalid(() -> handler(() -> cases.scheduleHearing(c.id(), new CourtHearingRequest(d("2025-06-20"), null, false,
                d("2025-06-05"), null))), "summonsServedOn", "litigation.hearing.summons-not-required");
        invalid(() -> handler(() -> cases.scheduleHearing(c.id(), new CourtHearingRequest(d("2025-06-04"), null, true,
                d("2025-06-05"), null))), "summonsServedOn", "litigation.hearing.summons-after-hearing");
        invalid(() -> handler(() -> cases.scheduleHearing(c.id(), new CourtHearingRequest(d("2025-06-01"), null, false,
                null, null))), "hearingDate", "litigation.date.before-filing");
        invalid(() -> handler(() -> cases.submitDefence(c.id(), new DefenceRequest(d("2025-06-11"), "答辩。", null))),
                "submittedOn", "litigation.date.between");

        judge(c.id(), JudgmentKind.JUDGMENT, JudgmentOutcome.REVOKED, d("2025-06-10"), false);
        invalid(() -> handler(() -> cases.appeal(c.id(), new AppealRequest(Appellant.OTHER_PARTY, d("2025-06-10"),
                "中级人民法院", "(2025)测行终" + fx.tag() + "11号", null, null))), "copyReceivedOn",
                "litigation.appeal.copy-date");
        invalid(() -> handler(() -> cases.appeal(c.id(), new AppealRequest(Appellant.DEFENDANT, d("2025-06-10"),
                c.court(), c.caseNo(), null, null))), "caseNo", "litigation.case-no.taken");

        invalid(() -> handler(() -> suggestions.receive(suggestion(fx.agency(), d("2025-06-10"), d("2025-06-09")))),
                "replyDue", "litigation.suggestion.due-before-receipt");
        invalid(() -> handler(() -> suggestions.receive(new SuggestionRequest(fx.agency(), "法院", "建" + fx.tag(),
                d("2025-06-10"), "内容", other.id(), null, null))), "litigationCaseId", "litigation.previous.unknown");
        invalid(() -> handler(() -> appearances.of(fx.government(), 1999)), "year", "litigation.year.range");
    }

    @Test
    void aSuggestionIsRepliedToOnce() {
        on(d("2025-06-10"));
        JudicialSuggestion s = handler(() -> suggestions.receive(suggestion(fx.agency(), d("2025-06-10"), null)));
        assertThat(handler(() -> suggestions.guide(s.id())).steps()).singleElement()
                .satisfies(x -> assertThat(x.allowed()).isTrue());
        handler(() -> suggestions.reply(s.id(), new SuggestionReplyRequest(d("2025-06-10"), "已回复。", null)));
        refused(() -> handler(() -> suggestions.reply(s.id(), new SuggestionReplyRequest(d("2025-06-10"), "再次。", null))),
                "replied");
        invalid(() -> handler(() -> suggestions.reply(handler(() -> suggestions.receive(suggestion(fx.agency(),
                d("2025-06-10"), null))).id(), new SuggestionReplyRequest(d("2025-06-09"), "早于收到。", null))), "repliedOn",
                "litigation.date.between");
        assertThat(auditActions(JudicialSuggestion.SUBJECT.name(), s.id())).containsExactly("create", "reply");
    }
}
