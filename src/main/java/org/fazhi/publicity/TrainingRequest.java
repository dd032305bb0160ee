package org.fazhi.publicity;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A training session held by a unit. */
public record TrainingRequest(
        @NotNull Long unitId,
        @NotBlank @Size(max = 200) String title,
        @NotNull TrainingKind kind,
        @NotNull LocalDate heldOn,
        @NotNull @DecimalMin("0.5") @DecimalMax("200.0") BigDecimal hours,
        @NotBlank @Size(max = 200) String place) {
}
