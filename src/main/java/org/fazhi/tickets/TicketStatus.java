package org.fazhi.tickets;

/** Where a ticket stands. */
public enum TicketStatus {
    /** Received (portal, phone, another system); waiting to be classified and assigned to a unit. */
    NEW,
    /** Assigned (交办, 转办 or 重办) to a unit: the handling clock of its type runs. */
    HANDLING,
    /** The clock is paused where a rule allows it (TK-05); a paused ticket is never overdue. */
    PAUSED,
    /** Answered: the callback (回访) asks the complainant for the rating. */
    REPLIED,
    /** Closed with the complainant's rating. */
    CLOSED
}
