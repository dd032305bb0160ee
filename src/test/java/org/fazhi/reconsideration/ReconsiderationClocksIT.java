package org.fazhi.reconsideration;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.fazhi.deadlines.DeadlineStatus;
import org.fazhi.deadlines.TrackedDeadline;
import org.fazhi.support.FazhiIT;
import org.junit.jupiter.api.Test;

/**
 * Every clock of a reconsideration case on the official calendar, around the 2025 National Day
 * holiday (1–8 October) and its make-up working days (Sunday 28 September, Saturday 11 October):
 * 行政复议法第八十八条 makes 3, 5, 7 and 10 days working days, and 30 and 60 days calendar days whose
 * end moves off a holiday; periods counted back from a hearing skip the holiday too. Pauses are
 * pauses: a suspended case's decision clock stops (never overdue while it lasts) and the paused days
 * are added when it runs again; the 补正 notice stops the review clock and the review starts again
 * from the day the materials arrive.
 */
@FazhiIT
class ReconsiderationClocksIT extends ReconsiderationTestBase {

    @Test
    void theAcceptanceReviewOfFiveWorkingDaysSkipsTheHolidayAndCountsTheMakeUpSunday() {
        ReconsiderationCase c = receive(d("2025-09-26"));
        // 28 Sep (Sun, worked), 29, 30 Sep, then 9 and 10 Oct: not 3 Oct as five plain days would give
        assertThat(clockOf(c.clocks().acceptance()).dueDate()).isEqualTo(d("2025-10-10"));
        assertThat(clockOf(c.clocks().acceptance()).ruleId()).isEqualTo("RC-02");
    }

    @Test
    void aCorrectionNoticeStopsTheReviewAndTheReviewStartsAgainOnReceiptOfTheMaterials() {
        ReconsiderationCase c = receive(d("2025-09-26"));
        on(d("2025-09-29"));
        ReconsiderationCase asked = handler(() -> applications.requestCorrection(c.id(),
                new CorrectionNoticeRequest("补充身份证明。", d("2025-09-29"), null)));
        assertThat(asked.status()).isEqualTo(CaseStatus.AWAITING_CORRECTION);
        assertThat(clockOf(c.clocks().acceptance()).status()).as("the review clock stops").isEqualTo(DeadlineStatus.CANCELLED);
        // ten working days: 30 Sep, 9, 10, 11 (Sat, worked), 13–17, 20 Oct
        TrackedDeadline correction = clockOf(asked.clocks().correction());
        assertThat(correction.ruleId()).isEqualTo("RC-11");
        assertThat(correction.dueDate()).isEqualTo(d("2025-10-20"));

        on(d("2025-10-13"));
        ReconsiderationCase received = handler(() -> applications.receiveCorrection(c.id(),
                new CorrectionReceiptRequest(d("2025-10-13"), "已补充。", null)));
        assertThat(received.status()).isEqualTo(CaseStatus.RECEIVED);
        assertThat(clockOf(received.clocks().correction()).status()).isEqualTo(DeadlineStatus.MET);
        TrackedDeadline review = clockOf(received.clocks().acceptance());
        assertThat(review.startDate()).as("the review restarts on receipt").isEqualTo(d("2025-10-13"));
        assertThat(review.dueDate()).isEqualTo(d("2025-10-20"));
    }

    @Test
    void theCopyAnswerAndDecisionClocksOfTheOrdinaryProcedureFallOnWorkingDays() {
        ReconsiderationCase c = receive(d("2025-08-01"));
        on(d("2025-08-02"));
        ReconsiderationCase accepted = accept(c.id(), d("2025-08-02"), ProcedureKind.ORDINARY);
        assertThat(clockOf(accepted.clocks().copy()).dueDate()).as("RC-04: 7 working days").isEqualTo(d("2025-08-12"));
        // RC-06: 60 days end on 1 October, a holiday, and so on the first working day after it
        assertThat(clockOf(accepted.clocks().decision()).dueDate()).isEqualTo(d("2025-10-09"));

        on(d("2025-09-26"));
        ReconsiderationCase copied = handler(() -> cases.sendCopy(c.id(),
                new CopyRequest(d("2025-09-25"), d("2025-09-26"), null)));
        // RC-12: ten working days from receipt: 28 Sep (Sun, worked), 29, 30, 9, 10, 11 (Sat), 13–16 Oct
        assertThat(clockOf(copied.clocks().answer()).dueDate()).isEqualTo(d("2025-10-16"));
        assertThat(clockOf(copied.clocks().answer()).ownerUnitId()).as("the respondent's clock").isEqualTo(fx.agency());
    }

    @Test
    void theSimplifiedProcedureHasItsShorterClocks() {
        ReconsiderationCase c = receive(d("2025-08-31"), d("2025-08-20"), ActType.PENALTY, true, new BigDecimal("200"));
        on(d("2025-09-01"));
        ReconsiderationCase accepted = accept(c.id(), d("2025-09-01"), ProcedureKind.SIMPLIFIED);
        assertThat(clockOf(accepted.clocks().copy()).dueDate()).as("RC-05: 3 working days").isEqualTo(d("2025-09-04"));
        assertThat(clockOf(accepted.clocks().decision()).dueDate()).as("RC-15: 30 days, off the holiday")
                .isEqualTo(d("2025-10-09"));
        on(d("2025-09-26"));
        ReconsiderationCase copied = copy(c.id(), d("2025-09-26"));
        assertThat(clockOf(copied.clocks().answer()).dueDate()).as("RC-14: 5 working days").isEqualTo(d("2025-10-10"));
    }

    @Test
    void theHearingNoticeIsCountedBackFiveWorkingDaysOverTheHoliday() {
        ReconsiderationCase c = accepted(d("2025-09-01"));
        copy(c.id(), d("2025-09-01"));
        on(d("2025-09-30"));
        // back from 13 Oct: 11 Oct (Sat, worked), 10, 9, then over the holiday 30 and 29 Sep
        invalid(() -> handler(() -> cases.scheduleHearing(c.id(), new HearingScheduleRequest(d("2025-10-13"),
                d("2025-09-30"), "听证室", null))), "noticeSentOn", "reconsideration.hearing.notice-late");
        Hearing h = handler(() -> cases.scheduleHearing(c.id(), new HearingScheduleRequest(d("2025-10-13"),
                d("2025-09-29"), "听证室", null)));
        assertThat(h.noticeSentOn()).isEqualTo(d("2025-09-29"));
    }

    @Test
    void aSuspendedCaseIsNeverOverdueAndResumesWithThePausedDaysAdded() throws Exception {
        ReconsiderationCase c = accepted(d("2025-08-02"));
        on(d("2025-09-01"));
        handler(() -> cases.suspend(c.id(), new SuspensionRequest(SuspensionGround.FORCE_MAJEURE, d("2025-09-01"),
                "洪涝灾害。", null)));
        TrackedDeadline paused = clockOf(c.clocks().decision());
        assertThat(paused.status()).isEqualTo(DeadlineStatus.PAUSED);

        // long past the original end (9 Oct), the daily scan leaves the paused clock alone
        on(d("2025-11-03"));
        runDeadlineScan();
        assertThat(clockOf(c.clocks().decision()).status()).as("never overdue while paused")
                .isEqualTo(DeadlineStatus.PAUSED);
        assertThat(guide(c.id()).nextKey()).isEqualTo("reconsideration.next.suspended");

        // resumed on 3 Nov: the 63 days of 1 Sep – 2 Nov do not count: 60 days from 2 Aug plus 63 end on
        // 3 Dec, a working day
        handler(() -> cases.resume(c.id(), new ResumptionRequest(d("2025-11-03"), null)));
        TrackedDeadline running = clockOf(c.clocks().decision());
        assertThat(running.status()).isEqualTo(DeadlineStatus.OPEN);
        assertThat(running.dueDate()).isEqualTo(d("2025-12-03"));
    }

    @Test
    void suspensionOnTheApplicantsDeathEndsInTerminationOnlyAfterSixtyDays() {
        ReconsiderationCase c = accepted(d("2025-08-01"));
        on(d("2025-08-04"));
        ReconsiderationCase s = handler(() -> cases.suspend(c.id(), new SuspensionRequest(SuspensionGround.APPLICANT_DIED,
                d("2025-08-04"), "申请人死亡。", null)));
        // RC-09: 60 days from 4 Aug end on 3 Oct, a holiday: on 9 Oct
        assertThat(clockOf(s.clocks().suspension()).dueDate()).isEqualTo(d("2025-10-09"));
        on(d("2025-10-09"));
        refused(() -> handler(() -> cases.terminateAfterSuspension(c.id(), new SuspensionEndRequest(d("2025-10-09"),
                "中止满六十日。", null))), "suspension-not-expired");
        on(d("2025-10-10"));
        assertThat(guide(c.id()).nextKey()).isEqualTo("reconsideration.next.terminate-suspended");
        ReconsiderationCase t = handler(() -> cases.terminateAfterSuspension(c.id(),
                new SuspensionEndRequest(d("2025-10-10"), "中止满六十日，近亲属仍未确定。", null)));
        assertThat(t.status()).isEqualTo(CaseStatus.TERMINATED);
        assertThat(t.termination().ground()).isEqualTo(TerminationGround.SUSPENSION_EXPIRED);
    }

    @Test
    void theApplicationPeriodOfSixtyDaysEndsOnTheFirstWorkingDayAfterTheHoliday() {
        // known on 2 Aug: 60 days end on 1 Oct, a holiday, so the period runs to 9 Oct
        ReconsiderationCase inTime = receive(d("2025-10-09"), d("2025-08-02"), ActType.PENALTY, false, null);
        assertThat(inTime.window().due()).isEqualTo(d("2025-10-09"));
        assertThat(inTime.window().ok()).isTrue();
        ReconsiderationCase late = receive(d("2025-10-10"), d("2025-08-02"), ActType.PENALTY, false, null);
        assertThat(late.window().ok()).isFalse();
        assertThat(late.window().ruleId()).isEqualTo("RC-01");
        refused(() -> accept(late.id(), d("2025-10-10"), ProcedureKind.ORDINARY), "application-late");
    }

    @Test
    void aLetterIsAnsweredWithinSixtyDaysOfServiceMovedOffTheHoliday() {
        ReconsiderationCase c = heard(d("2025-07-20"));
        on(d("2025-08-02"));
        decide(c.id(), DecisionOutcome.REVOKED, d("2025-08-01"));
        OpinionLetter l = handler(() -> letters.issue(c.id(), new LetterRequest(LetterKind.OPINION, fx.agency(),
                "测意" + fx.tag() + SERIAL.incrementAndGet(), d("2025-08-01"), d("2025-08-02"), "请纠正。")));
        TrackedDeadline due = clockOf(l.deadlineId());
        assertThat(due.ruleId()).isEqualTo("RC-08");
        assertThat(due.dueDate()).isEqualTo(d("2025-10-09"));
        assertThat(due.ownerUnitId()).as("on the recipient's 督办台").isEqualTo(fx.agency());
    }

    @Test
    void theIncidentalReviewHasItsOwnClocks() {
        ReconsiderationCase c = accepted(d("2025-09-01"));
        on(d("2025-09-26"));
        NormdocReview n = handler(() -> normdocs.open(c.id(), new NormdocReviewRequest("某规范性文件", "某县人民政府", null,
                true, d("2025-09-26"), null)));
        assertThat(clockOf(n.handleDeadlineId()).dueDate()).as("RC-07: 30 days from 26 Sep end on 26 Oct (Sun): 27 Oct")
                .isEqualTo(d("2025-10-27"));
        assertThat(clockOf(n.noticeDeadlineId()).dueDate()).as("RC-17: 3 working days: 28, 29, 30 Sep")
                .isEqualTo(d("2025-09-30"));
        assertThat(clockOf(c.clocks().decision()).status()).as("the case is suspended").isEqualTo(DeadlineStatus.PAUSED);
        on(d("2025-09-29"));
        NormdocReview notified = handler(() -> normdocs.notifyIssuer(c.id(), new NormdocStepRequest(d("2025-09-29"),
                null, null, null, null)));
        assertThat(clockOf(notified.answerDeadlineId()).dueDate()).as("RC-18: 10 working days, to 20 Oct")
                .isEqualTo(d("2025-10-20"));

        ReconsiderationCase other = accepted(d("2025-09-01"));
        on(d("2025-09-26"));
        NormdocReview forward = handler(() -> normdocs.open(other.id(), new NormdocReviewRequest("上级规范性文件",
                "某市人民政府", null, false, d("2025-09-26"), null)));
        assertThat(clockOf(forward.handleDeadlineId()).dueDate()).as("RC-16: 7 working days: 28 Sep – 13 Oct")
                .isEqualTo(d("2025-10-13"));
    }

    private org.fazhi.shared.procedure.Guide<CaseStatus> guide(long id) {
        return handler(() -> guide.of(id));
    }

    /** The daily scan of the deadline register, run for the test clock's day, and its listeners awaited. */
    void runDeadlineScan() throws Exception {
        Object scan = ctx.getBean("deadlineScan");
        Method m = scan.getClass().getMethod("scan");
        m.setAccessible(true);
        m.invoke(scan);
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> jdbc.sql("select count(*) from event_publication where completion_date is null"
                        + " and listener_id like '%DeadlineScanListener%'").query(Long.class).single() == 0);
    }
}
