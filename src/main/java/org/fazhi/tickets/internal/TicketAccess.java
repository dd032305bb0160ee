package org.fazhi.tickets.internal;

import org.fazhi.shared.NotFoundException;
import org.fazhi.tickets.Ticket;
import org.fazhi.units.DataScope;
import org.springframework.stereotype.Component;

/** Who may see a ticket: the scope of the unit that holds it now. Everyone else gets 404. */
@Component
public class TicketAccess {

    private final TicketStore store;
    private final DataScope scope;

    TicketAccess(TicketStore store, DataScope scope) {
        this.store = store;
        this.scope = scope;
    }

    public Ticket require(long id) {
        Ticket t = store.ticket(id).orElseThrow(() -> notFound(id));
        if (!scope.canSee(t.unitId())) {
            throw notFound(id);
        }
        return t;
    }

    public Ticket lock(long id) {
        Ticket t = store.lock(id).orElseThrow(() -> notFound(id));
        if (!scope.canSee(t.unitId())) {
            throw notFound(id);
        }
        return t;
    }

    public boolean visible(Ticket t) {
        return scope.canSee(t.unitId());
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException(Ticket.SUBJECT.name(), id);
    }
}
