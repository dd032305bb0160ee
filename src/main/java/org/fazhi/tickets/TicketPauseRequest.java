package org.fazhi.tickets;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The handling clock pauses from a day, for a reason the rule allows (TK-05: tests, verification with the complainant). */
public record TicketPauseRequest(@NotBlank @Size(min = 2, max = 1000) String reason, @NotNull LocalDate on,
        Integer version) {
}
