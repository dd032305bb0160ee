package org.fazhi.tickets.internal;

import java.time.LocalDate;
import org.fazhi.tickets.Ticket;
import org.fazhi.tickets.TicketStatus;

/**
 * What the gates of a ticket read: the ticket, whether the actor handles tickets (经办人员 and the 法治办, or the
 * complainant's own rating on the portal), whether the actor supervises (法治办, leaders), the handling
 * clock's due date (null when none runs) and today.
 */
public record TicketFacts(Ticket ticket, boolean actorHandles, boolean actorSupervises, LocalDate clockDue,
        boolean clockPaused, LocalDate today) {

    public TicketStatus status() {
        return ticket.status();
    }

    /** Past its handling period and not paused (a paused ticket is never overdue). */
    public boolean overdue() {
        return ticket.status() == TicketStatus.HANDLING && !clockPaused && clockDue != null
                && today.isAfter(clockDue);
    }
}
