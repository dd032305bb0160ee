package org.fazhi.tickets;

/** How a ticket came in. */
public enum TicketChannel {
    /** Filed by the complainant on the portal. */
    PORTAL,
    /** Taken by a phone operator of the hotline. */
    PHONE,
    /** Sent by another system through the Open311 API. */
    OPEN311
}
