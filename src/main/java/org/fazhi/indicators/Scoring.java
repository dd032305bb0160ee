package org.fazhi.indicators;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The scoring functions, pure: full marks at or beyond the target, and below it what the indicator's
 * {@link ScoringFunction} says, never below zero nor above the weight. A figure with nothing to measure
 * (a rate over no records: no documents to review, no lawsuits to appear in) is not a failure and scores
 * full marks. Scores are rounded to two decimals.
 */
public final class Scoring {

    private Scoring() {
    }

    /** Whether {@code value} meets {@code target} from the side the comparison says; null when either is missing. */
    public static Boolean met(Comparison comparison, BigDecimal target, BigDecimal value) {
        if (target == null || value == null) {
            return null;
        }
        int c = value.compareTo(target);
        return comparison == Comparison.AT_MOST ? c <= 0 : c >= 0;
    }

    /**
     * The points for {@code value}; null when the indicator is scored by hand or has no target to score
     * against.
     */
    public static BigDecimal score(ScoringFunction function, Comparison comparison, BigDecimal target,
            BigDecimal value, BigDecimal weight, BigDecimal deductPerPoint) {
        if (function == ScoringFunction.MANUAL || target == null) {
            return null;
        }
        if (value == null || Boolean.TRUE.equals(met(comparison, target, value))) {
            return round(weight);
        }
        BigDecimal points = switch (function) {
            case ALL_OR_NOTHING -> BigDecimal.ZERO;
            case PROPORTIONAL -> proportional(comparison, target, value, weight);
            case DEDUCT_PER_POINT -> weight.subtract(
                    (deductPerPoint == null ? BigDecimal.ONE : deductPerPoint).multiply(target.subtract(value).abs()));
            case MANUAL -> throw new IllegalStateException();
        };
        return round(points.max(BigDecimal.ZERO).min(weight));
    }

    private static BigDecimal proportional(Comparison comparison, BigDecimal target, BigDecimal value,
            BigDecimal weight) {
        if (comparison == Comparison.AT_LEAST) {
            return target.signum() == 0 ? weight : weight.multiply(value).divide(target, 6, RoundingMode.HALF_UP);
        }
        return value.signum() == 0 ? weight : weight.multiply(target).divide(value, 6, RoundingMode.HALF_UP);
    }

    private static BigDecimal round(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_UP);
    }
}
