package org.fazhi.indicators;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/** Drafts a unit's report for a year; {@code demonstration}: the unit is a demonstration area (AR-03). */
public record ReportDraftRequest(@NotNull @Positive Long unitId, @NotNull @Min(2000) @Max(2100) Integer year,
        boolean demonstration) {
}
