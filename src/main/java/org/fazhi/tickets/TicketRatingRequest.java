package org.fazhi.tickets;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The complainant's rating at the callback (回访), by phone to staff or on the portal. */
public record TicketRatingRequest(@NotNull Satisfaction satisfaction, @Size(max = 1000) String note, Integer version) {
}
