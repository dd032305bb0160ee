package org.fazhi.decisions;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** Starting a unit's catalog for a year (default: the actor's unit). */
public record CatalogRequest(@Positive Long unitId, @NotNull @Min(2000) @Max(2100) Integer year,
        @NotBlank @Size(max = 200) String title) {
}
