package org.fazhi.decisions;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** The day the hearing materials reached the participants (not in the future). */
public record DeliveryRequest(@NotNull LocalDate deliveredOn) {
}
