package org.fazhi.disclosure;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/** Start a unit's annual report for a year: a department's or the government's own (GI-06). */
public record ReportRequest(@NotNull @Positive Long unitId, @NotNull @Min(2000) @Max(2100) Integer year,
        @NotNull ReportKind kind) {
}
