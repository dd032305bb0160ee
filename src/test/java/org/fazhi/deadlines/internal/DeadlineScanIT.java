package org.fazhi.deadlines.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.fazhi.deadlines.DeadlineOverdue;
import org.fazhi.deadlines.DeadlineStatus;
import org.fazhi.deadlines.Deadlines;
import org.fazhi.deadlines.NewDeadline;
import org.fazhi.deadlines.TrackedDeadline;
import org.fazhi.rules.RuleTerm;
import org.fazhi.support.FazhiIT;
import org.fazhi.support.TestClock;
import org.fazhi.units.Units;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The daily scan, run directly on the test clock's day. */
@FazhiIT
@RecordApplicationEvents
class DeadlineScanIT {

    @Autowired
    DeadlineScan scan;

    @Autowired
    Deadlines deadlines;

    @Autowired
    Units units;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private long userId(String username) {
        return jdbc.sql("select id from app_user where username = ?").param(username).query(Long.class).single();
    }

    private long messages(String username, String key, long deadlineId) {
        return jdbc.sql("select count(*) from inbox_message where user_id = ? and title_key = ? and link = ?")
                .params(userId(username), key, "/console/deadlines/" + deadlineId).query(Long.class).single();
    }

    private TrackedDeadline track(String start, String unitCode, Long assignee) {
        return deadlines.track(new NewDeadline("decisions", "decision", UUID.randomUUID().toString(), "合法性审查 " + start,
                "MD-06", RuleTerm.AMOUNT, LocalDate.parse(start), units.findByCode(unitCode).orElseThrow().id(),
                assignee, "/console/decisions/1"));
    }

    @Test
    void aRunningDeadlinePastDueBecomesOverdueAndItsAssigneeIsRemindedOnce() {
        clock.setDate(LocalDate.of(2024, 9, 2));
        TrackedDeadline d = track("2024-09-02", "SFX-DH", userId("donghu"));
        assertThat(d.dueDate()).isEqualTo(LocalDate.of(2024, 9, 11));
        clock.setDate(LocalDate.of(2024, 9, 12));
        scan.scan();
        assertThat(deadlines.find(d.id()).orElseThrow().status()).isEqualTo(DeadlineStatus.OVERDUE);
        assertThat(messages("donghu", "deadlines.reminder.overdue", d.id())).isEqualTo(1);
        assertThat(events.stream(DeadlineOverdue.class).filter(e -> e.deadlineId() == d.id())).hasSize(1);
        scan.scan();
        assertThat(messages("donghu", "deadlines.reminder.overdue", d.id())).isEqualTo(1);
        assertThat(events.stream(DeadlineOverdue.class).filter(e -> e.deadlineId() == d.id())).hasSize(1);
        assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'deadline' and entity_id = ?"
                + " and action = 'overdue'").param(String.valueOf(d.id())).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aDeadlineDueWithinThreeWorkingDaysRemindsTheOwnerUnitOnce() {
        clock.setDate(LocalDate.of(2024, 9, 2));
        TrackedDeadline d = track("2024-09-02", "SFX-XS", null);
        clock.setDate(LocalDate.of(2024, 9, 5));
        scan.scan();
        assertThat(messages("xishan", "deadlines.reminder.due-soon", d.id())).isZero();
        clock.setDate(LocalDate.of(2024, 9, 6));
        scan.scan();
        assertThat(messages("xishan", "deadlines.reminder.due-soon", d.id())).isEqualTo(1);
        assertThat(messages("donghu", "deadlines.reminder.due-soon", d.id())).isZero();
        clock.setDate(LocalDate.of(2024, 9, 9));
        scan.scan();
        assertThat(messages("xishan", "deadlines.reminder.due-soon", d.id())).isEqualTo(1);
    }

    @Test
    void aPausedDeadlineIsNotOverdue() {
        clock.setDate(LocalDate.of(2024, 9, 4));
        TrackedDeadline d = track("2024-09-02", "SFX-DH", null);
        deadlines.pause(d.id(), LocalDate.of(2024, 9, 4), "等待第三方意见");
        clock.setDate(LocalDate.of(2024, 10, 30));
        scan.scan();
        assertThat(deadlines.find(d.id()).orElseThrow().status()).isEqualTo(DeadlineStatus.PAUSED);
        assertThat(messages("donghu", "deadlines.reminder.overdue", d.id())).isZero();
    }

    @Test
    void theReminderReadsInTheInboxWithItsLink() {
        clock.setDate(LocalDate.of(2024, 9, 12));
        TrackedDeadline d = track("2024-09-02", "SFX-DH", userId("donghu"));
        scan.scan();
        assertThat(messages("donghu", "deadlines.reminder.overdue", d.id())).isEqualTo(1);
    }
}
