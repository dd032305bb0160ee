package org.fazhi.tickets;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** The handling clock resumes on a day; the paused days move the due date. */
public record TicketResumeRequest(@NotNull LocalDate on, Integer version) {
}
