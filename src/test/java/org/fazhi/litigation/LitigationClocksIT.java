package org.fazhi.litigation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.fazhi.deadlines.DeadlineStatus;
import org.fazhi.deadlines.TrackedDeadline;
import org.fazhi.support.FazhiIT;
import org.junit.jupiter.api.Test;

/**
 * Every clock of a suit on the official calendar, around the 2025 National Day holiday (1–8 October)
 * and its make-up working days (Sunday 28 September, Saturday 11 October). 行政诉讼法 periods are
 * calendar days whose last day moves off a rest day or holiday (第一百零一条, 民事诉讼法第八十五条): the
 * answer's 15 days (LT-02), the filing windows (LT-03, LT-05 … LT-08, LT-11), the appeal's 15 and 10
 * days (LT-09, LT-10) and the reply to a judicial suggestion (LT-12). The summons of the responsible
 * person is counted back from the hearing (LT-04); that day is not moved, since moving it would
 * shorten the notice.
 */
@FazhiIT
class LitigationClocksIT extends LitigationTestBase {

    @Test
    void theAnswersFifteenDaysEndingInTheHolidayEndOnTheFirstWorkingDayAfterIt() {
        LitigationCase c = sue(d("2025-09-17"));
        TrackedDeadline due = clockOf(c.answerDeadlineId());
        assertThat(due.ruleId()).isEqualTo("LT-02");
        assertThat(due.startDate()).isEqualTo(d("2025-09-17"));
        // 2 October is a holiday; 9 October the first working day after it
        assertThat(due.dueDate()).isEqualTo(d("2025-10-09"));
        assertThat(due.ownerUnitId()).isEqualTo(fx.agency());

        on(d("2025-10-09"));
        LitigationCase defended = defend(c.id(), d("2025-10-09"));
        assertThat(defended.answerSubmittedOn()).isEqualTo(d("2025-10-09"));
        assertThat(clockOf(c.answerDeadlineId()).status()).isEqualTo(DeadlineStatus.MET);
        assertThat(clockOf(c.answerDeadlineId()).late()).isFalse();
    }

    @Test
    void fifteenDaysEndingOnTheMakeUpSaturdayEndThere() {
        LitigationCase c = sue(d("2025-09-26"));
        // 11 October is a Saturday worked in exchange for the holiday: a working day, not moved
        assertThat(clockOf(c.answerDeadlineId()).dueDate()).isEqualTo(d("2025-10-11"));
        on(d("2025-10-13"));
        defend(c.id(), d("2025-10-13"));
        assertThat(clockOf(c.answerDeadlineId()).late()).as("a defence on Monday is a day late").isTrue();
        assertThat(auditActions(LitigationCase.SUBJECT.name(), c.id())).containsExactly("create", "submit-defence");
    }

    @Test
    void theSummonsLatestServiceIsCountedBackThreeDaysFromTheHearingAndNotMovedOffTheHoliday() {
        LitigationCase c = sue(d("2025-09-20"));
        on(d("2025-10-06"));
        // a hearing on Thursday 9 October: three days back is 6 October, a holiday, and it stays
        CourtHearing h = hearing(c.id(), d("2025-10-09"), d("2025-10-06"));
        assertThat(h.latestService()).isEqualTo(d("2025-10-06"));
        assertThat(h.summonsLate()).isFalse();
        on(d("2025-10-09"));
        appear(c.id(), AppearanceRole.HEAD);

        on(d("2025-10-11"));
        // a hearing on Monday 13 October: the summons was due by Friday 10; served on the make-up Saturday it is late
        CourtHearing late = hearing(c.id(), d("2025-10-13"), d("2025-10-11"));
        assertThat(late.latestService()).isEqualTo(d("2025-10-10"));
        assertThat(late.summonsLate()).as("a late summons is recorded, not refused").isTrue();
        assertThat(handler(() -> overviews.of(c.id())).hearings()).hasSize(2);
    }

    @Test
    void aHearingWithoutASummonsHasNoLatestDay() {
        LitigationCase c = sue(d("2025-09-20"));
        on(d("2025-10-06"));
        CourtHearing h = hearing(c.id(), d("2025-10-20"), null);
        assertThat(h.summonsRequired()).isFalse();
        assertThat(h.latestService()).isNull();
        assertThat(h.summonsLate()).isFalse();
    }

    @Test
    void theAppealOfAJudgmentRunsFifteenDaysOffTheHolidayAndOfARulingTen() {
        LitigationCase judged = sue(d("2025-08-01"));
        judge(judged.id(), JudgmentKind.JUDGMENT, JudgmentOutcome.REVOKED, d("2025-09-20"), false);
        // 15 days: 5 October, a holiday → 9 October
        assertThat(handler(() -> overviews.of(judged.id())).appealDue()).isEqualTo(d("2025-10-09"));
        on(d("2025-10-10"));
        invalid(() -> handler(() -> cases.appeal(judged.id(), new AppealRequest(Appellant.DEFENDANT, d("2025-10-10"),
                "中级人民法院", "(2025)测行终" + fx.tag() + "1号", null, null))), "filedOn", "litigation.appeal.late");
        LitigationCase second = handler(() -> cases.appeal(judged.id(), new AppealRequest(Appellant.OTHER_PARTY,
                d("2025-10-09"), "中级人民法院", "(2025)测行终" + fx.tag() + "2号", d("2025-10-10"), null)));
        assertThat(second.stage()).isEqualTo(Stage.SECOND_INSTANCE);
        assertThat(second.previousCaseId()).isEqualTo(judged.id());
        assertThat(reload(judged.id()).status()).isEqualTo(LitigationStatus.APPEALED);
        // the appeal's copy starts the second instance's 15 days: 25 October, a Saturday → Monday 27
        assertThat(clockOf(second.answerDeadlineId()).dueDate()).isEqualTo(d("2025-10-27"));

        LitigationCase ruled = sue(d("2025-08-01"));
        judge(ruled.id(), JudgmentKind.RULING, JudgmentOutcome.SUIT_DISMISSED, d("2025-09-20"), false);
        // 10 days: Tuesday 30 September, a working day
        assertThat(handler(() -> overviews.of(ruled.id())).appealDue()).isEqualTo(d("2025-09-30"));
        on(d("2025-09-30"));
        refused(() -> handler(() -> cases.becomeEffective(ruled.id(), new EffectRequest(d("2025-09-30"), null))),
                "appeal-period-running");
        on(d("2025-10-09"));
        assertThat(handler(() -> cases.becomeEffective(ruled.id(), new EffectRequest(d("2025-10-01"), null))).status())
                .isEqualTo(LitigationStatus.EFFECTIVE);
    }

    @Test
    void aDirectSuitHasSixMonthsFromKnowledgeEndingOffTheHoliday() {
        on(d("2025-10-10"));
        LitigationCase inTime = handler(() -> cases.file(direct(fx.agency(), d("2025-10-09"), d("2025-04-05"),
                null)));
        assertThat(inTime.window()).isEqualTo(new LitigationCase.FilingCheck(true, d("2025-10-09"), "LT-03"));
        LitigationCase late = handler(() -> cases.file(direct(fx.agency(), d("2025-10-10"), d("2025-04-05"), null)));
        assertThat(late.window()).isEqualTo(new LitigationCase.FilingCheck(false, d("2025-10-09"), "LT-03"));
        assertThat(late.answerDeadlineId()).as("no copy yet, no answer clock").isNull();
    }

    @Test
    void notToldOfThePeriodTheSuitRunsFromLearningOfItButAtMostAYearFromKnowingTheAct() {
        on(d("2025-09-20"));
        LitigationRequest base = direct(fx.agency(), d("2025-09-20"), d("2024-09-01"), null);
        LitigationCase capped = handler(() -> cases.file(new LitigationRequest(base.unitId(), base.stage(), null,
                base.court(), base.caseNo(), base.cause(), base.plaintiff(), base.plaintiffType(), base.actDescription(),
                base.filingBasis(), null, d("2024-09-01"), false, d("2025-09-01"), null, null, false, false,
                d("2025-09-20"), null, false)));
        // six months from learning of the period would run to March 2026; one year from knowing the act ends 1 September 2025
        assertThat(capped.window()).isEqualTo(new LitigationCase.FilingCheck(false, d("2025-09-01"), "LT-11"));
        invalid(() -> handler(() -> cases.file(new LitigationRequest(base.unitId(), base.stage(), null, base.court(),
                base.caseNo() + "x", base.cause(), base.plaintiff(), base.plaintiffType(), base.actDescription(),
                base.filingBasis(), null, d("2024-09-01"), false, null, null, null, false, false, d("2025-09-20"), null,
                false))), "periodKnownDate", "litigation.period-known.only-uninformed");
    }

    @Test
    void noSuitComesMoreThanFiveYearsAfterTheActOrTwentyForRealProperty() {
        on(d("2025-09-20"));
        LitigationRequest r = direct(fx.agency(), d("2025-09-20"), d("2025-06-01"), null);
        LitigationCase old = handler(() -> cases.file(withAct(r, d("2020-01-02"), false, "a")));
        assertThat(old.window()).isEqualTo(new LitigationCase.FilingCheck(false, d("2025-01-02"), "LT-07"));
        LitigationCase property = handler(() -> cases.file(withAct(r, d("2020-01-02"), true, "b")));
        assertThat(property.window()).isEqualTo(new LitigationCase.FilingCheck(true, d("2025-12-01"), "LT-03"));
    }

    @Test
    void afterReconsiderationFifteenDaysAndForInactionNotBeforeTwoMonths() {
        on(d("2025-10-20"));
        LitigationRequest r = direct(fx.agency(), d("2025-10-09"), d("2025-09-01"), null);
        LitigationCase after = handler(() -> cases.file(basis(r, FilingBasis.AFTER_RECONSIDERATION, d("2025-09-20"),
                null, false, d("2025-10-09"), "a")));
        assertThat(after.window()).isEqualTo(new LitigationCase.FilingCheck(true, d("2025-10-09"), "LT-05"));
        LitigationCase afterLate = handler(() -> cases.file(basis(r, FilingBasis.AFTER_RECONSIDERATION, d("2025-09-20"),
                null, false, d("2025-10-10"), "b")));
        assertThat(afterLate.window().ok()).isFalse();

        // asked on 1 August: the duty's two months end 1 October, a holiday → 9 October
        LitigationCase early = handler(() -> cases.file(basis(r, FilingBasis.INACTION, null, d("2025-08-01"), false,
                d("2025-09-30"), "c")));
        assertThat(early.window()).isEqualTo(new LitigationCase.FilingCheck(false, d("2025-10-09"), "LT-06"));
        assertThat(handler(() -> cases.file(basis(r, FilingBasis.INACTION, null, d("2025-08-01"), true,
                d("2025-09-30"), "d"))).window().ok()).as("an emergency need not wait").isTrue();
        assertThat(handler(() -> cases.file(basis(r, FilingBasis.INACTION, null, d("2025-08-01"), false,
                d("2025-10-10"), "e"))).window().ok()).isTrue();
    }

    @Test
    void aSuggestionsReplyIsDueByTheCourtsDateOrSixtyDaysOffTheHoliday() {
        on(d("2025-08-05"));
        JudicialSuggestion local = handler(() -> suggestions.receive(suggestion(fx.agency(), d("2025-08-05"), null)));
        TrackedDeadline d1 = handler(() -> suggestions.clock(local.id()));
        assertThat(d1.ruleId()).isEqualTo("LT-12");
        // 60 days: 4 October, a holiday → 9 October
        assertThat(d1.dueDate()).isEqualTo(d("2025-10-09"));
        JudicialSuggestion court = handler(() -> suggestions.receive(suggestion(fx.agency(), d("2025-08-05"),
                d("2025-10-05"))));
        assertThat(handler(() -> suggestions.clock(court.id())).dueDate()).as("the court's date stands")
                .isEqualTo(d("2025-10-05"));

        on(d("2025-10-09"));
        JudicialSuggestion replied = handler(() -> suggestions.reply(local.id(), new SuggestionReplyRequest(
                d("2025-10-09"), "已整改。", null)));
        assertThat(replied.status()).isEqualTo(SuggestionStatus.REPLIED);
        assertThat(handler(() -> suggestions.clock(local.id())).status()).isEqualTo(DeadlineStatus.MET);
        assertThat(handler(() -> suggestions.clock(local.id())).late()).isFalse();
    }

    @Test
    void aProcuratorialSuggestionsReplyIsDueInTwoMonthsOffTheHolidayOrByItsOwnDate() {
        on(d("2025-08-01"));
        JudicialSuggestion p = handler(() -> suggestions.receive(procuratorial(fx.agency(), d("2025-08-01"), null)));
        assertThat(p.issuer()).isEqualTo(SuggestionIssuer.PROCURATORATE);
        TrackedDeadline due = handler(() -> suggestions.clock(p.id()));
        assertThat(due.ruleId()).isEqualTo("LT-13");
        assertThat(due.label()).as("named in words on the 督办台").isEqualTo("litigation.deadline.procuratorial-reply");
        // two months: 1 October, the National Day holiday → 9 October
        assertThat(due.dueDate()).isEqualTo(d("2025-10-09"));
        JudicialSuggestion urgent = handler(() -> suggestions.receive(procuratorial(fx.agency(), d("2025-08-01"),
                d("2025-08-16"))));
        assertThat(handler(() -> suggestions.clock(urgent.id())).dueDate()).as("the procuratorate's date stands")
                .isEqualTo(d("2025-08-16"));
    }

    @Test
    void aJudgmentStopsAnAnswerClockStillRunning() {
        LitigationCase c = sue(d("2025-09-01"));
        judge(c.id(), JudgmentKind.RULING, JudgmentOutcome.WITHDRAWN, d("2025-09-05"), false);
        TrackedDeadline answer = clockOf(c.answerDeadlineId());
        assertThat(answer.status()).isEqualTo(DeadlineStatus.CANCELLED);
        assertThat(reload(c.id()).status()).isEqualTo(LitigationStatus.JUDGED);
        assertThat(handler(() -> overviews.of(c.id())).appealDue()).as("a withdrawal takes effect at once").isNull();
    }

    private static LitigationRequest withAct(LitigationRequest r, LocalDate act, boolean realProperty, String suffix) {
        return new LitigationRequest(r.unitId(), r.stage(), null, r.court(), r.caseNo() + suffix, r.cause(), r.plaintiff(),
                r.plaintiffType(), r.actDescription(), r.filingBasis(), act, r.knowledgeDate(), true, null, null, null,
                false, realProperty, r.filedOn(), null, false);
    }

    private static LitigationRequest basis(LitigationRequest r, FilingBasis basis, LocalDate decisionReceived,
            LocalDate dutyRequested, boolean emergency, LocalDate filedOn, String suffix) {
        return new LitigationRequest(r.unitId(), r.stage(), null, r.court(), r.caseNo() + suffix, r.cause(), r.plaintiff(),
                r.plaintiffType(), r.actDescription(), basis, null, null, null, null, decisionReceived, dutyRequested,
                emergency, false, filedOn, null, false);
    }
}
