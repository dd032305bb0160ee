package org.fazhi.litigation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import org.fazhi.assessment.Assessment;
import org.fazhi.assessment.MetricValue;
import org.fazhi.support.FazhiIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The appearance of the responsible persons per defendant unit (SD-07) and the module's metrics are
 * counts of the records: an instance counts once however many hearings it had, as soon as one had a
 * responsible person (法释〔2020〕3号第十一条); an entrusted body's head, staff or a lawyer do not count;
 * the principal leader must appear at least once where a unit had cases heard. Changing one record
 * changes the figure.
 */
@FazhiIT
class AppearanceAndMetricsIT extends LitigationTestBase {

    @Autowired
    Assessment assessment;

    @Test
    void theRatePerUnitCountsInstancesWithAResponsiblePersonAndThePrincipalLeaderOnce() {
        LitigationCase headCase = sue(d("2025-03-03"));
        heard(headCase.id(), d("2025-04-01"), AppearanceRole.HEAD);
        LitigationCase twoHearings = sue(d("2025-03-03"));
        heard(twoHearings.id(), d("2025-04-02"), AppearanceRole.ENTRUSTED_BODY_HEAD);
        heard(twoHearings.id(), d("2025-05-06"), AppearanceRole.DEPUTY);
        LitigationCase lawyerOnly = sue(d("2025-03-03"));
        heard(lawyerOnly.id(), d("2025-04-03"), AppearanceRole.LAWYER);
        sue(d("2025-03-03")); // never heard: not counted
        LitigationCase lastYear = sue(d("2024-11-01"));
        heard(lastYear.id(), d("2024-12-02"), AppearanceRole.STAFF); // heard in 2024 only
        LitigationCase townCase = sue(fx.town(), d("2025-03-03"));
        heard(townCase.id(), d("2025-04-08"), AppearanceRole.LEADER_IN_CHARGE);
        on(d("2025-06-30"));

        Appearances a = handler(() -> appearances.of(fx.government(), 2025));
        Map<Long, Appearances.UnitAppearance> rows = a.rows().stream()
                .collect(Collectors.toMap(Appearances.UnitAppearance::unitId, r -> r));
        assertThat(rows).containsOnlyKeys(fx.agency(), fx.town());
        Appearances.UnitAppearance agency = rows.get(fx.agency());
        assertThat(agency.heard()).containsExactlyInAnyOrder(headCase.id(), twoHearings.id(), lawyerOnly.id());
        assertThat(agency.responsible()).containsExactlyInAnyOrder(headCase.id(), twoHearings.id());
        assertThat(agency.rate()).isEqualByComparingTo("66.67");
        assertThat(agency.principalAppeared()).isTrue();
        assertThat(rows.get(fx.town()).rate()).isEqualByComparingTo("100.00");
        assertThat(rows.get(fx.town()).principalAppeared()).as("a leader in charge is not the principal").isFalse();

        MetricValue rate = figure("litigation.appearance-rate");
        assertThat(rate.numerator()).isEqualTo(3);
        assertThat(rate.denominator()).isEqualTo(4);
        assertThat(handler(() -> assessment.records("litigation.appearance-rate", fx.government(), 2025))).hasSize(4)
                .filteredOn(r -> !r.counted()).singleElement()
                .satisfies(r -> assertThat(r.link()).isEqualTo("/console/litigation/" + lawyerOnly.id()));
        MetricValue principal = figure("litigation.principal-appearance");
        assertThat(principal.numerator()).isEqualTo(1);
        assertThat(principal.denominator()).isEqualTo(2);

        // change one record: the head appears at the lawyer-only case's next hearing, and in the town
        heard(lawyerOnly.id(), d("2025-06-03"), AppearanceRole.HEAD);
        heard(townCase.id(), d("2025-06-10"), AppearanceRole.HEAD);
        on(d("2025-06-30"));
        assertThat(figure("litigation.appearance-rate").value()).isEqualByComparingTo("100.00");
        assertThat(figure("litigation.principal-appearance").value()).isEqualByComparingTo("100.00");
        assertThat(handler(() -> appearances.of(fx.agency(), 2025)).rows()).singleElement()
                .satisfies(r -> assertThat(r.rate()).isEqualByComparingTo("100.00"));
        assertThat(handler(() -> appearances.of(fx.government(), 2024)).rows()).singleElement()
                .satisfies(r -> assertThat(r.rate()).isEqualByComparingTo("0.00"));
    }

    @Test
    void theOtherMetricsCountTheRecords() {
        fx = LitigationFixture.create(ctx); // a locality of its own: the other test's suits are not counted here
        LitigationCase won = sue(fx.town(), d("2025-02-03"));
        defend(won.id(), d("2025-02-10"));
        judge(won.id(), JudgmentKind.JUDGMENT, JudgmentOutcome.CLAIMS_DISMISSED, d("2025-04-01"), false);
        LitigationCase lost = sue(fx.town(), d("2025-02-03"));
        defend(lost.id(), d("2025-02-28")); // due 18 February: late
        judge(lost.id(), JudgmentKind.JUDGMENT, JudgmentOutcome.REVOKED, d("2025-04-01"), true);
        on(d("2025-05-06"));
        handler(() -> cases.becomeEffective(lost.id(), new EffectRequest(d("2025-04-17"), null)));
        JudicialSuggestion s1 = handler(() -> suggestions.receive(suggestion(fx.town(), d("2025-03-03"), null)));
        handler(() -> suggestions.receive(suggestion(fx.town(), d("2025-03-03"), d("2025-03-20"))));
        handler(() -> suggestions.reply(s1.id(), new SuggestionReplyRequest(d("2025-04-01"), "已整改。", null)));
        on(d("2025-06-30"));

        assertThat(figureOf("litigation.first-instance-suits", fx.town()).numerator()).isEqualTo(2);
        assertThat(figureOf("litigation.defences-on-time", fx.town()).numerator()).isEqualTo(1);
        assertThat(figureOf("litigation.defences-on-time", fx.town()).denominator()).isEqualTo(2);
        assertThat(figureOf("litigation.lost-rate", fx.town()).value()).isEqualByComparingTo("50.00");
        assertThat(figureOf("litigation.judgments-fulfilled", fx.town()).numerator()).isZero();
        assertThat(figureOf("litigation.judgments-fulfilled", fx.town()).denominator()).isEqualTo(1);
        assertThat(figureOf("litigation.suggestions-replied", fx.town()).value()).isEqualByComparingTo("50.00");
        assertThat(figureOf("litigation.suggestions-replied-on-time", fx.town()).numerator()).isEqualTo(1);

        handler(() -> cases.recordFulfilment(lost.id(), new FulfilmentRequest(d("2025-06-30"), "已履行。", null, null)));
        assertThat(figureOf("litigation.judgments-fulfilled", fx.town()).value()).isEqualByComparingTo("100.00");
        assertThat(figureOf("litigation.judgments-fulfilled", fx.agency()).value()).as("another unit's subtree").isNull();
    }

    private MetricValue figure(String metric) {
        return figureOf(metric, fx.government());
    }

    private MetricValue figureOf(String metric, long unit) {
        return handler(() -> assessment.figure(metric, unit, 2025)).value();
    }
}
