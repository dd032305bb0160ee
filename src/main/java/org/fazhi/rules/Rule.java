package org.fazhi.rules;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A rule as it applies on a given date: the national (or seed) value and, where the locality has
 * overridden it, the local value that is in force. {@code amount} is the value in force;
 * {@code nationalAmount} the shipped default. {@code maxAmount}: the upper bound of a range
 * (ND-02: 5–15 working days); {@code extension}: an approved extension (GI-01: +20 working days).
 */
public record Rule(String id, String area, String title, String summary, BigDecimal amount, BigDecimal maxAmount,
        BigDecimal extension, RuleUnit unit, String fixedDate, String startEvent, String source, String confidence,
        boolean restDayRollover, BigDecimal nationalAmount, BigDecimal nationalMaxAmount,
        BigDecimal nationalExtension, LocalDate overrideEffectiveFrom, String overrideReason) {

    public boolean overridden() {
        return overrideEffectiveFrom != null;
    }
}
