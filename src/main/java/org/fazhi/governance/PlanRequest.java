package org.fazhi.governance;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A work plan of a unit for a year: kind, title and 文号. */
public record PlanRequest(
        @NotNull Long unitId,
        @NotNull @Min(2000) @Max(2100) Integer year,
        @NotNull PlanKind kind,
        @NotBlank @Size(max = 300) String title,
        @Size(max = 100) String documentNumber) {
}
