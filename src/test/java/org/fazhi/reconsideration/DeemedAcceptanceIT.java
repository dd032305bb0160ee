package org.fazhi.reconsideration;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.fazhi.deadlines.DeadlineStatus;
import org.fazhi.support.FazhiIT;
import org.junit.jupiter.api.Test;

/**
 * 行政复议法第三十条第三款: a review period that ends without a refusal is a deemed acceptance, taken
 * by the daily deadline scan as the system's step and audited as such; a refusal within the period
 * stops it; a 补正 left unanswered past its period is an abandoned application; staff who accept after
 * the period record the deemed acceptance, as of the period's last day; a refusal dated after the
 * period is refused.
 */
@FazhiIT
class DeemedAcceptanceIT extends ReconsiderationTestBase {

    @Test
    void theDailyScanTurnsAnApplicationWithoutARefusalIntoADeemedAcceptance() throws Exception {
        ReconsiderationCase c = receive(d("2025-09-26"));
        on(d("2025-10-10"));
        runDeadlineScan();
        assertThat(reload(c.id()).status()).as("the last day of the review period is still in it")
                .isEqualTo(CaseStatus.RECEIVED);

        on(d("2025-10-13"));
        runDeadlineScan();
        ReconsiderationCase deemed = reload(c.id());
        assertThat(deemed.status()).isEqualTo(CaseStatus.ACCEPTED);
        assertThat(deemed.acceptance().deemed()).isTrue();
        assertThat(deemed.acceptance().acceptedOn()).as("as of the review period's last day").isEqualTo(d("2025-10-10"));
        assertThat(deemed.procedure()).isEqualTo(ProcedureKind.ORDINARY);
        assertThat(clockOf(deemed.clocks().acceptance()).late()).isTrue();
        assertThat(clockOf(deemed.clocks().copy()).startDate()).isEqualTo(d("2025-10-10"));
        assertThat(auditActions(c.id())).contains("deem-accepted");
        String changes = jdbc.sql("select changes from audit_event where entity_type = 'reconsideration-case'"
                + " and entity_id = ? and action = 'deem-accepted'").param(String.valueOf(c.id())).query(String.class)
                .single();
        assertThat(changes).contains("deemedAcceptance").contains("true").contains("2025-10-10");
        assertThat(jdbc.sql("select actor_name from audit_event where entity_type = 'reconsideration-case'"
                + " and entity_id = ? and action = 'deem-accepted'").param(String.valueOf(c.id())).query(String.class)
                .single()).isEqualTo("system");
    }

    @Test
    void aRefusalWithinTheReviewPeriodIsNotTurnedIntoAnAcceptance() throws Exception {
        ReconsiderationCase c = receive(d("2025-09-26"));
        on(d("2025-10-09"));
        handler(() -> applications.refuse(c.id(), new RefusalRequest(d("2025-10-09"), "不属于行政复议范围。", null, null)));
        on(d("2025-10-14"));
        runDeadlineScan();
        assertThat(reload(c.id()).status()).isEqualTo(CaseStatus.REFUSED);
    }

    @Test
    void aRefusalDatedAfterTheReviewPeriodIsRefused() {
        ReconsiderationCase c = receive(d("2025-09-26"));
        on(d("2025-10-13"));
        invalid(() -> handler(() -> applications.refuse(c.id(), new RefusalRequest(d("2025-10-13"), "超期。", null,
                null))), "refusedOn", "reconsideration.date.between");
    }

    @Test
    void acceptingAfterThePeriodRecordsTheDeemedAcceptanceAsOfItsLastDay() {
        ReconsiderationCase c = receive(d("2025-09-26"));
        on(d("2025-10-14"));
        ReconsiderationCase a = accept(c.id(), d("2025-10-14"), ProcedureKind.ORDINARY);
        assertThat(a.acceptance().deemed()).isTrue();
        assertThat(a.acceptance().acceptedOn()).isEqualTo(d("2025-10-10"));
    }

    @Test
    void aCorrectionLeftUnansweredPastItsPeriodIsAnAbandonedApplication() throws Exception {
        ReconsiderationCase c = receive(d("2025-09-26"));
        on(d("2025-09-29"));
        handler(() -> applications.requestCorrection(c.id(), new CorrectionNoticeRequest("补充证据。", d("2025-09-29"),
                null)));
        on(d("2025-10-21"));
        runDeadlineScan();
        ReconsiderationCase abandoned = reload(c.id());
        assertThat(abandoned.status()).isEqualTo(CaseStatus.ABANDONED);
        assertThat(abandoned.closedOn()).isEqualTo(d("2025-10-21"));
        assertThat(clockOf(abandoned.clocks().correction()).status()).isEqualTo(DeadlineStatus.CANCELLED);
        assertThat(auditActions(c.id())).contains("correction-lapsed");
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
