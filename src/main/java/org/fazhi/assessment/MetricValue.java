package org.fazhi.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A metric's value for a unit subtree and year: for a rate, numerator over denominator (value null
 * when there is nothing to measure); for a count, the count.
 */
public record MetricValue(String metricId, long numerator, long denominator, BigDecimal value) {

    public static MetricValue rate(String id, long numerator, long denominator) {
        BigDecimal v = denominator == 0 ? null
                : BigDecimal.valueOf(numerator * 100L).divide(BigDecimal.valueOf(denominator), 2, RoundingMode.HALF_UP);
        return new MetricValue(id, numerator, denominator, v);
    }

    public static MetricValue count(String id, long count) {
        return new MetricValue(id, count, 0, BigDecimal.valueOf(count));
    }

    public static MetricValue days(String id, long totalDays, long items) {
        BigDecimal v = items == 0 ? null
                : BigDecimal.valueOf(totalDays).divide(BigDecimal.valueOf(items), 1, RoundingMode.HALF_UP);
        return new MetricValue(id, totalDays, items, v);
    }
}
