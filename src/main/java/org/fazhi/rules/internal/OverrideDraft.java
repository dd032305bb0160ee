package org.fazhi.rules.internal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What the rule-of-law office enters to set its unit's values of a rule from a date (for its subtree).
 * {@code alternateAmount} only for a rule with a second value (TS-01).
 */
public record OverrideDraft(
        @DecimalMin("0") @DecimalMax("10000") @Digits(integer = 5, fraction = 2) BigDecimal amount,
        @DecimalMin("0") @DecimalMax("10000") @Digits(integer = 5, fraction = 2) BigDecimal maxAmount,
        @DecimalMin("0") @DecimalMax("10000") @Digits(integer = 5, fraction = 2) BigDecimal extension,
        @NotNull LocalDate effectiveFrom,
        @NotBlank @Size(max = 500) String reason,
        @DecimalMin("0") @DecimalMax("10000") @Digits(integer = 5, fraction = 2) BigDecimal alternateAmount) {

    public OverrideDraft(BigDecimal amount, BigDecimal maxAmount, BigDecimal extension, LocalDate effectiveFrom,
            String reason) {
        this(amount, maxAmount, extension, effectiveFrom, reason, null);
    }
}
