package org.fazhi.disputes;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** The consultations a point answered in a month of a year. */
public record TallyRequest(
        @NotNull @Min(2000) @Max(2100) Integer year,
        @NotNull @Min(1) @Max(12) Integer month,
        @NotNull @Min(0) @Max(1_000_000) Integer consultations) {
}
