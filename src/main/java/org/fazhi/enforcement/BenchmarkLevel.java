package org.fazhi.enforcement;

import java.math.BigDecimal;

/** One circumstance level of a benchmark: what it covers, the penalty and, for money, its range. */
public record BenchmarkLevel(Circumstance circumstance, String description, PenaltyType penaltyType,
        BigDecimal minAmount, BigDecimal maxAmount) {

    /** Whether a penalty of this type and amount lies within the level. */
    public boolean covers(PenaltyType type, BigDecimal amount) {
        if (type != penaltyType) {
            return false;
        }
        if (!type.monetary()) {
            return true;
        }
        if (amount == null) {
            return false;
        }
        return (minAmount == null || amount.compareTo(minAmount) >= 0)
                && (maxAmount == null || amount.compareTo(maxAmount) <= 0);
    }
}
