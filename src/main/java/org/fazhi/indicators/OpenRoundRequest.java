package org.fazhi.indicators;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/** Opens the year's assessment of the units under the reader's unit against a system. */
public record OpenRoundRequest(@NotNull @Positive Long systemId, @NotNull @Min(2000) @Max(2100) Integer year) {
}
