package org.fazhi.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.fazhi.rules.RuleTerm;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.support.FazhiIT;
import org.fazhi.support.TestClock;
import org.fazhi.units.Units;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Many deadlines registered in one call ({@link Deadlines#trackAll}, an import's path): each exactly as
 * {@link Deadlines#track} registers it — due date from the rule through the calendar, status, audit
 * entry — in the order given; one bad deadline refuses them all.
 */
@FazhiIT
class ManyDeadlinesIT {

    @Autowired
    Deadlines deadlines;
    @Autowired
    Units units;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private NewDeadline deadline(String subject, String rule, String start, String unitCode) {
        return NewDeadline.of("enforcement", "enforcement-case", subject, "批量事项 " + subject, rule,
                LocalDate.parse(start), units.findByCode(unitCode).orElseThrow().id())
                .withLabel("enforcement.deadline.decision").withLink("/console/enforcement/cases/" + subject);
    }

    @Test
    void manyDeadlinesTrackedInOneCallAreDueAsEachWouldBeTrackedAloneAndAuditedEach() {
        clock.setDate(LocalDate.of(2024, 12, 2));
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String[] starts = {"2024-09-30", "2024-09-02", "2024-09-30", "2024-12-01", "2024-02-08"};
        String[] rules = {"GI-01", "MD-06", "GI-01", "PN-06", "PN-06"};
        List<NewDeadline> batch = new ArrayList<>();
        for (int i = 0; i < 450; i++) {
            batch.add(deadline(tag + "-" + i, rules[i % rules.length], starts[i % starts.length],
                    i % 2 == 0 ? "SFX-DH" : "SFX"));
        }
        List<TrackedDeadline> tracked = deadlines.trackAll(batch);
        assertThat(tracked).hasSize(450);
        assertThat(tracked).extracting(TrackedDeadline::id).doesNotHaveDuplicates();
        for (int i = 0; i < 5; i++) {
            TrackedDeadline alone = deadlines.track(deadline(tag + "-alone-" + i, rules[i], starts[i],
                    i % 2 == 0 ? "SFX-DH" : "SFX"));
            TrackedDeadline many = tracked.get(i);
            assertThat(many.subjectId()).isEqualTo(tag + "-" + i);
            assertThat(many.dueDate()).as(rules[i] + " from " + starts[i]).isEqualTo(alone.dueDate());
            assertThat(many.status()).isEqualTo(alone.status());
            assertThat(many.provisional()).isEqualTo(alone.provisional());
            assertThat(deadlines.find(many.id()).orElseThrow()).isEqualTo(many);
        }
        assertThat(tracked.get(4).status()).as("PN-06 from February is overdue in December")
                .isEqualTo(DeadlineStatus.OVERDUE);
        assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'deadline' and action = 'create'"
                + " and entity_id in (:ids)").param("ids", tracked.stream().map(t -> String.valueOf(t.id())).toList())
                .query(Long.class).single()).isEqualTo(450);

        // Leave the shared 督办台 as it was: the units' boards list open deadlines by due date, and 450 old
        // ones would push later tests' deadlines off their first page.
        jdbc.sql("select id from deadline where subject_id like ? and status in ('OPEN', 'PAUSED', 'EXTENDED', 'OVERDUE')")
                .param(tag + "%").query(Long.class).list()
                .forEach(id -> deadlines.cancel(id, "test"));
    }

    @Test
    void oneBadDeadlineInTheCallStoresNoneOfThem() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        List<NewDeadline> batch = List.of(deadline(tag + "-1", "GI-01", "2024-09-30", "SFX-DH"),
                deadline(tag + "-2", "GI-01", "2024-09-30", "SFX-DH").withLink("https://elsewhere.example/x"));
        assertThatThrownBy(() -> deadlines.trackAll(batch)).isInstanceOf(InvalidInputException.class);
        assertThat(jdbc.sql("select count(*) from deadline where subject_id like ?").param(tag + "%")
                .query(Long.class).single()).isZero();
        assertThat(deadlines.trackAll(List.of())).isEmpty();
    }
}
