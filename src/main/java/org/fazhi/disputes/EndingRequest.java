package org.fazhi.disputes;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Ending a registered record from a day: a committee dissolved, a mediator or staff member left, a point closed. */
public record EndingRequest(@NotNull LocalDate endedOn, @Size(max = 500) String note) {
}
