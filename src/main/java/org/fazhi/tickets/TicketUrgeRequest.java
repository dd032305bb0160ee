package org.fazhi.tickets;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** 督办/催办 of an overdue ticket: what the supervisor asks of the handling unit. */
public record TicketUrgeRequest(@NotBlank @Size(min = 2, max = 1000) String note) {
}
