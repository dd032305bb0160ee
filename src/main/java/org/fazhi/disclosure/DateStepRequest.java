package org.fazhi.disclosure;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** A step that records the day something happened: the 补正 received, the consultation ended. */
public record DateStepRequest(@NotNull LocalDate on, Integer version) {
}
