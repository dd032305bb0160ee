package org.fazhi.tickets;

import java.time.LocalDate;

/** One appended record of a ticket's history shown on its page: a transfer, a rating, an urging. */
public record TicketEvent(String kind, LocalDate on, String text, String unitName) {
}
