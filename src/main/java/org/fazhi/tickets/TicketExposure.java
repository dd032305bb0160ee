package org.fazhi.tickets;

import java.time.LocalDate;

/** A media exposure (舆情) entry and the ticket it belongs to. */
public record TicketExposure(long id, long ticketId, String receiptNo, long unitId, String media, String headline,
        String url, LocalDate reportedOn, String note) {
}
