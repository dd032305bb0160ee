package org.fazhi.tickets;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/** Classification and assignment (交办): the type that decides the handling period, and the unit that handles it. */
public record TicketAssignmentRequest(@NotNull TicketType type, @NotNull @Positive Long unitId, Integer version) {
}
