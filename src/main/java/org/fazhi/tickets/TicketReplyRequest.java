package org.fazhi.tickets;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The handling unit's answer to the complainant, given on a day (it meets the handling clock). */
public record TicketReplyRequest(@NotBlank @Size(min = 2, max = 4000) String text, @NotNull LocalDate on,
        Integer version) {
}
