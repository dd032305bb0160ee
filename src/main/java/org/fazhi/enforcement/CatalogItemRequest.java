package org.fazhi.enforcement;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** An entry of the agency's catalog of major decisions needing legal review. */
public record CatalogItemRequest(@NotBlank @Size(max = 300) String title, @NotNull ActionKind kind,
        PenaltyType penaltyType, @DecimalMin("0") @DecimalMax("999999999999") BigDecimal minAmount,
        @Size(max = 2000) String description, LocalDate listedOn) {
}
