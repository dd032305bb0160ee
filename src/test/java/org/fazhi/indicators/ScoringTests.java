package org.fazhi.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The scoring functions: full marks at or beyond the target, the stated function below it. */
class ScoringTests {

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    private static BigDecimal score(ScoringFunction f, Comparison c, String target, String value, String weight,
            String deduct) {
        return Scoring.score(f, c, d(target), value == null ? null : d(value), d(weight),
                deduct == null ? null : d(deduct));
    }

    @Test
    void reachingTheTargetScoresFullMarksWhateverTheFunction() {
        for (ScoringFunction f : new ScoringFunction[] {ScoringFunction.ALL_OR_NOTHING, ScoringFunction.PROPORTIONAL,
                ScoringFunction.DEDUCT_PER_POINT}) {
            assertThat(score(f, Comparison.AT_LEAST, "100", "100", "8", "1")).isEqualByComparingTo("8");
            assertThat(score(f, Comparison.AT_LEAST, "95", "98.5", "4", "1")).isEqualByComparingTo("4");
            assertThat(score(f, Comparison.AT_MOST, "5", "3", "6", "1")).isEqualByComparingTo("6");
        }
    }

    @Test
    void allOrNothingShortOfTheTargetScoresNothing() {
        assertThat(score(ScoringFunction.ALL_OR_NOTHING, Comparison.AT_LEAST, "100", "99.99", "8", null))
                .isEqualByComparingTo("0");
    }

    @Test
    void proportionalScoresTheWeightInProportionToTheValueReached() {
        assertThat(score(ScoringFunction.PROPORTIONAL, Comparison.AT_LEAST, "100", "50", "4", null))
                .isEqualByComparingTo("2.00");
        assertThat(score(ScoringFunction.PROPORTIONAL, Comparison.AT_MOST, "5", "10", "6", null))
                .isEqualByComparingTo("3.00");
    }

    @Test
    void deductPerPointTakesTheStatedPointsForEachPointShortAndNeverGoesBelowZero() {
        assertThat(score(ScoringFunction.DEDUCT_PER_POINT, Comparison.AT_LEAST, "100", "96", "6", "1"))
                .isEqualByComparingTo("2.00");
        assertThat(score(ScoringFunction.DEDUCT_PER_POINT, Comparison.AT_LEAST, "100", "50", "6", "0.5"))
                .isEqualByComparingTo("0");
        assertThat(score(ScoringFunction.DEDUCT_PER_POINT, Comparison.AT_MOST, "5", "7", "6", "2"))
                .isEqualByComparingTo("2.00");
    }

    @Test
    void aRateWithNothingToMeasureIsNotAFailureAndScoresFullMarks() {
        assertThat(score(ScoringFunction.ALL_OR_NOTHING, Comparison.AT_LEAST, "100", null, "8", null))
                .isEqualByComparingTo("8");
    }

    @Test
    void manualIndicatorsAndIndicatorsWithoutATargetAreNotScoredAutomatically() {
        assertThat(Scoring.score(ScoringFunction.MANUAL, Comparison.AT_LEAST, d("100"), d("100"), d("4"), null)).isNull();
        assertThat(Scoring.score(ScoringFunction.PROPORTIONAL, Comparison.AT_LEAST, null, d("100"), d("4"), null))
                .isNull();
    }

    @Test
    void metSaysWhichSideOfTheTargetTheValueLies() {
        assertThat(Scoring.met(Comparison.AT_LEAST, d("95"), d("95"))).isTrue();
        assertThat(Scoring.met(Comparison.AT_LEAST, d("95"), d("94.9"))).isFalse();
        assertThat(Scoring.met(Comparison.AT_MOST, d("5"), d("6"))).isFalse();
        assertThat(Scoring.met(Comparison.AT_MOST, d("5"), null)).isNull();
    }
}
