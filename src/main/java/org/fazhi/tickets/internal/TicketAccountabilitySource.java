package org.fazhi.tickets.internal;

import java.util.Optional;
import org.fazhi.accountability.AccountabilitySource;
import org.fazhi.tickets.Ticket;
import org.springframework.stereotype.Component;

/**
 * A ticket can cause accountability of the unit that handles it (answered late, 督办 ignored, mishandled): the
 * ticket as the actor may see it, owned by its handling unit.
 */
@Component
class TicketAccountabilitySource implements AccountabilitySource {

    private final TicketStore store;
    private final TicketAccess access;

    TicketAccountabilitySource(TicketStore store, TicketAccess access) {
        this.store = store;
        this.access = access;
    }

    @Override
    public String subjectType() {
        return Ticket.SUBJECT.name();
    }

    @Override
    public Optional<Source> find(long id) {
        return store.ticket(id).filter(access::visible).map(t -> new Source(subjectType(), id, t.unitId(),
                t.receiptNo() + " " + org.fazhi.shared.privacy.PersonalData.redact(t.title()),
                "/console/tickets/" + id));
    }
}
