package org.fazhi.reconsideration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.fazhi.assessment.Assessment;
import org.fazhi.support.FazhiIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The body's statistics are counts of its records: a year of cases built through the steps gives the
 * figures they should, each figure lists exactly the cases behind it, changing one case changes its
 * figures, and the assessment's metrics read the same numbers.
 */
@FazhiIT
class ReconsiderationStatisticsIT extends ReconsiderationTestBase {

    @Autowired
    ReconsiderationStatistics statistics;
    @Autowired
    Assessment assessment;

    @Test
    void everyFigureIsACountOfTheRecordsAndChangesWithThem() {
        // carried over from 2023
        ReconsiderationCase carried = heard(d("2023-12-20"));
        // 2024: five received
        on(d("2024-01-10"));
        decide(carried.id(), DecisionOutcome.VARIED, d("2024-01-10"));
        ReconsiderationCase revoked = heard(d("2024-03-04"));
        on(d("2024-03-22"));
        decide(revoked.id(), DecisionOutcome.REVOKED, d("2024-03-20"));
        handler(() -> letters.issue(revoked.id(), new LetterRequest(LetterKind.OPINION, fx.agency(), "意" + fx.tag(),
                d("2024-03-21"), d("2024-03-22"), "请纠正。")));
        ReconsiderationCase upheld = heard(d("2024-04-01"));
        on(d("2024-04-15"));
        decide(upheld.id(), DecisionOutcome.UPHELD, d("2024-04-15"));
        ReconsiderationCase mediated = heard(d("2024-05-06"));
        on(d("2024-05-20"));
        handler(() -> cases.mediate(mediated.id(), new MediationRequest("调" + fx.tag(), d("2024-05-20"), "调解。", null)));
        ReconsiderationCase refused = receive(d("2024-06-03"));
        on(d("2024-06-04"));
        handler(() -> applications.refuse(refused.id(), new RefusalRequest(d("2024-06-04"), "不属于受理范围。", null, null)));
        ReconsiderationCase pending = heard(d("2024-12-20"));
        on(d("2025-01-15"));

        Statistics s = handler(() -> statistics.of(fx.justice(), 2024));
        assertThat(s.figure("received").numerator()).isEqualTo(5);
        assertThat(s.figure("received").caseIds()).containsExactlyInAnyOrder(revoked.id(), upheld.id(), mediated.id(),
                refused.id(), pending.id());
        assertThat(s.figure("carried-over").caseIds()).containsExactly(carried.id());
        assertThat(s.figure("accepted").numerator()).isEqualTo(4);
        assertThat(s.figure("refused").caseIds()).containsExactly(refused.id());
        assertThat(s.figure("concluded").caseIds()).containsExactlyInAnyOrder(carried.id(), revoked.id(), upheld.id(),
                mediated.id());
        assertThat(s.figure("pending").caseIds()).containsExactly(pending.id());
        assertThat(s.figure("outcome.REVOKED").caseIds()).containsExactly(revoked.id());
        assertThat(s.figure("corrected").caseIds()).containsExactlyInAnyOrder(revoked.id(), carried.id());
        assertThat(s.figure("correction-rate").numerator()).isEqualTo(2);
        assertThat(s.figure("correction-rate").denominator()).isEqualTo(4);
        assertThat(s.figure("correction-rate").value()).isEqualByComparingTo("50.00");
        assertThat(s.figure("mediated").caseIds()).containsExactly(mediated.id());
        assertThat(s.figure("substantive-resolution").numerator()).as("2 corrected + 1 mediated").isEqualTo(3);
        assertThat(s.figure("letters-issued").numerator()).isEqualTo(1);

        // change one record: the pending case decided (revoked) in 2024 changes the figures
        on(d("2024-12-30"));
        decide(pending.id(), DecisionOutcome.REVOKED, d("2024-12-30"));
        on(d("2025-01-15"));
        Statistics after = handler(() -> statistics.of(fx.justice(), 2024));
        assertThat(after.figure("concluded").numerator()).isEqualTo(5);
        assertThat(after.figure("pending").numerator()).isZero();
        assertThat(after.figure("corrected").numerator()).isEqualTo(3);
        assertThat(after.figure("correction-rate").value()).isEqualByComparingTo("60.00");

        var figure = handler(() -> assessment.figure("reconsideration.correction-rate", fx.justice(), 2024));
        assertThat(figure.value().numerator()).isEqualTo(3);
        assertThat(figure.value().denominator()).isEqualTo(5);
        assertThat(handler(() -> assessment.records("reconsideration.correction-rate", fx.justice(), 2024)))
                .hasSize(5).filteredOn(r -> r.counted()).hasSize(3);
        assertThat(handler(() -> assessment.figure("reconsideration.received", fx.justice(), 2024)).value()
                .numerator()).isEqualTo(5);
        assertThat(Set.copyOf(handler(() -> assessment.metrics()).stream().map(m -> m.id()).toList()))
                .contains("reconsideration.closed-within-limit", "reconsideration.letter-corrections-on-time");
    }
}
