package org.fazhi.indicators;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** The superior unit's review of one indicator of a unit: the points it confirms or sets, and why. */
public record ReviewScoreRequest(
        @NotNull @DecimalMin("0") @DecimalMax("1000") BigDecimal score,
        @NotBlank @Size(max = 2000) String note) {
}
