package org.fazhi.reconsideration;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * A reconsideration body's statistics for a year (REPORTS.md §3), every figure computed from the
 * cases and letters of the units asked for, each with the records behind it: a count is the number
 * of {@code caseIds} (or {@code letterIds}); a rate is {@code numerator} of {@code denominator}, the
 * records being the denominator's with {@code counted} naming the numerator's.
 */
public record Statistics(long unitId, int year, List<Figure> figures) {

    /** One figure. {@code key}: its message key suffix (e.g. "received", "outcome.REVOKED", "correction-rate"). */
    public record Figure(String key, boolean rate, long numerator, long denominator, List<Long> caseIds,
            List<Long> letterIds, List<Long> counted) {

        public Figure {
            caseIds = List.copyOf(caseIds);
            letterIds = List.copyOf(letterIds);
            counted = List.copyOf(counted);
        }

        /** The count, or the rate in percent with two decimals (null when there is nothing to measure). */
        public BigDecimal value() {
            if (!rate) {
                return BigDecimal.valueOf(numerator);
            }
            return denominator == 0 ? null
                    : BigDecimal.valueOf(numerator * 100L).divide(BigDecimal.valueOf(denominator), 2,
                            RoundingMode.HALF_UP);
        }
    }

    public Figure figure(String key) {
        return figures.stream().filter(f -> f.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no figure " + key));
    }
}
