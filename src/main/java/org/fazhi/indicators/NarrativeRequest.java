package org.fazhi.indicators;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The edited narrative of a part of a report, and the report's version the edit was based on. */
public record NarrativeRequest(@NotNull @Size(max = 20000) String narrative, @NotNull Integer version) {
}
