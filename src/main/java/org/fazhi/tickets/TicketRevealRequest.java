package org.fazhi.tickets;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a member of staff needs the complainant's full identity (audited). */
public record TicketRevealRequest(@NotBlank @Size(min = 2, max = 500) String reason) {
}
