package org.fazhi.tickets;

import java.time.LocalDate;

/**
 * What the complainant sees on the portal by receipt number and query code: no names, no contacts, the reply
 * with identifiers removed, and whether a rating is asked now.
 */
public record TicketTracking(String receiptNo, TicketType type, String title, TicketStatus status, String unitName,
        LocalDate receivedOn, LocalDate due, boolean paused, LocalDate repliedOn, String reply,
        Satisfaction satisfaction, boolean ratingOpen, int reopenCount) {
}
