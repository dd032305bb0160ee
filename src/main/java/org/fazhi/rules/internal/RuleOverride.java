package org.fazhi.rules.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A unit's own values of a rule from {@code effectiveFrom} on, for its subtree, with the reason and who
 * set them.
 */
public record RuleOverride(Long id, String ruleId, Long unitId, BigDecimal amount, BigDecimal maxAmount,
        BigDecimal extension, BigDecimal alternateAmount, LocalDate effectiveFrom, String reason, String createdBy,
        Instant createdAt, String updatedBy, Instant updatedAt) {
}
