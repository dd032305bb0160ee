package org.fazhi.governance;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * An inspection held: the unit that organised it (default: the actor's), the unit inspected (the same
 * for a self-inspection), the kind, the half of the year a self-inspection covers (1 or 2), the date, who
 * inspected, and the summary.
 */
public record InspectionRequest(
        Long unitId,
        @NotNull Long inspectedUnitId,
        @NotNull InspectionKind kind,
        @Min(1) @Max(2) Integer half,
        @NotNull LocalDate inspectedOn,
        @NotBlank @Size(max = 200) String inspector,
        @NotBlank @Size(max = 4000) String summary) {
}
