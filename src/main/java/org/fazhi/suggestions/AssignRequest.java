package org.fazhi.suggestions;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * 交办: the lead unit (主办), the co-units (会办), the day, and whether the suggestion is wide-ranging or
 * difficult (涉及面广、处理难度大), which gives it the longer limit of NP-01 / NP-02 from the start.
 */
public record AssignRequest(@NotNull @Positive Long leadUnitId, @Size(max = 20) List<@NotNull @Positive Long> coUnitIds,
        @NotNull LocalDate assignedOn, boolean difficult, Integer version) {
}
