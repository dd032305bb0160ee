package org.fazhi.litigation;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** The day the judgment became effective (no appeal in its period, or a final instance). */
public record EffectRequest(@NotNull LocalDate effectiveOn, Integer version) {
}
