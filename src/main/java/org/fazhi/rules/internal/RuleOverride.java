package org.fazhi.rules.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** The locality's values of a rule from {@code effectiveFrom} on, with the reason and who set them. */
public record RuleOverride(Long id, String ruleId, BigDecimal amount, BigDecimal maxAmount, BigDecimal extension,
        LocalDate effectiveFrom, String reason, String createdBy, Instant createdAt, String updatedBy,
        Instant updatedAt) {
}
