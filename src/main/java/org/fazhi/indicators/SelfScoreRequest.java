package org.fazhi.indicators;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * A unit's self-assessment of one indicator: the points claimed (only for an indicator scored by hand:
 * the automatic ones are scored from the figures) and what they rest on (the evidence, in words; a file
 * may be attached in the console).
 */
public record SelfScoreRequest(
        @DecimalMin("0") @DecimalMax("1000") BigDecimal score,
        @NotBlank @Size(max = 2000) String note) {
}
