package org.fazhi.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.fazhi.shared.InvalidInputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** What the assessment refuses before it measures anything: a year out of range, an unknown module. */
class AssessmentTests {

    /** A module with one rate and one count, whose records are never reached in these tests. */
    static final MetricSource SOURCE = new MetricSource() {
        @Override
        public List<Metric> metrics() {
            return List.of(new Metric("demo.rate", "demo", "metric.demo.rate", MetricKind.RATE, "SD-03",
                    BigDecimal.valueOf(100)), new Metric("demo.count", "demo", "metric.demo.count", MetricKind.COUNT,
                            null, null));
        }

        @Override
        public MetricValue value(String metricId, Set<Long> unitIds, int year) {
            throw new AssertionError("not measured");
        }

        @Override
        public List<MetricRecord> records(String metricId, Set<Long> unitIds, int year) {
            throw new AssertionError("not measured");
        }
    };

    final Assessment assessment = new Assessment(List.of(SOURCE), null);

    @ParameterizedTest
    @ValueSource(ints = {Integer.MIN_VALUE, -1, 0, 1999, 2101, Integer.MAX_VALUE})
    void aYearOutsideTheBoundsIsRefusedNamingTheField(int year) {
        for (Runnable call : List.<Runnable>of(() -> assessment.figures(1, year, null),
                () -> assessment.figure("demo.rate", 1, year), () -> assessment.records("demo.rate", 1, year))) {
            assertThatThrownBy(call::run).isInstanceOfSatisfying(InvalidInputException.class, e -> {
                assertThat(e.status()).isEqualTo(400);
                assertThat(e.messageKey()).isEqualTo("assessment.year.out-of-range");
                assertThat(e.args()).containsExactly("2000", "2100");
                assertThat(e.fieldProblems()).singleElement().satisfies(p -> assertThat(p.field()).isEqualTo("year"));
            });
        }
    }

    @Test
    void anUnknownModuleIsRefusedNamingIt() {
        assertThatThrownBy(() -> assessment.figures(1, 2025, "nosuch"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("assessment.module.unknown");
                    assertThat(e.args()).containsExactly("nosuch");
                    assertThat(e.fieldProblems()).singleElement()
                            .satisfies(p -> assertThat(p.field()).isEqualTo("module"));
                });
    }

    @Test
    void theMetricsAndModulesAreThoseTheSourcesContribute() {
        assertThat(assessment.metrics()).extracting(Metric::id).containsExactly("demo.rate", "demo.count");
        assertThat(assessment.modules()).containsExactly("demo");
    }

    @Test
    void aRateIsNumeratorOverDenominatorInPercentAndNothingWhenThereIsNothingToMeasure() {
        assertThat(MetricValue.rate("r", 2, 3).value()).isEqualByComparingTo("66.67");
        assertThat(MetricValue.rate("r", 3, 3).value()).isEqualByComparingTo("100");
        assertThat(MetricValue.rate("r", 0, 0).value()).isNull();
        assertThat(MetricValue.days("d", 7, 2).value()).isEqualByComparingTo("3.5");
        assertThat(MetricValue.count("c", 4).value()).isEqualByComparingTo("4");
    }
}
