package org.fazhi.tickets.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.fazhi.deadlines.DeadlineStatus;
import org.fazhi.deadlines.Deadlines;
import org.fazhi.deadlines.TrackedDeadline;
import org.fazhi.shared.NotFoundException;
import org.fazhi.shared.Actor;
import org.fazhi.tickets.Ticket;
import org.fazhi.units.Role;
import org.springframework.stereotype.Component;

/** Gathers the {@link TicketFacts} of a ticket, after the visibility check (404 first). */
@Component
public class TicketFactsReader {

    private final TicketAccess access;
    private final TicketStore store;
    private final Deadlines deadlines;
    private final Clock clock;

    TicketFactsReader(TicketAccess access, TicketStore store, Deadlines deadlines, Clock clock) {
        this.access = access;
        this.store = store;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    public TicketFacts lock(long id) {
        return of(access.lock(id), false);
    }

    public TicketFacts read(long id) {
        return of(access.require(id), false);
    }

    /** The complainant's own step on the portal (the rating), found by receipt and code, outside any scope. */
    public TicketFacts lockForComplainant(long id) {
        return of(store.lock(id).orElseThrow(() -> new NotFoundException(Ticket.SUBJECT.name(), id)), true);
    }

    public TicketFacts of(Ticket t, boolean complainant) {
        Optional<TrackedDeadline> d = t.clockDeadlineId() == null ? Optional.empty()
                : deadlines.find(t.clockDeadlineId());
        boolean handles = complainant
                || Actor.currentHasAnyRole(Role.DRAFTER.name(), Role.RULE_OF_LAW_OFFICE.name());
        boolean supervises = !complainant
                && Actor.currentHasAnyRole(Role.RULE_OF_LAW_OFFICE.name(), Role.LEADER.name());
        return new TicketFacts(t, handles, supervises,
                d.filter(x -> x.status().isActive()).map(TrackedDeadline::dueDate).orElse(null),
                d.map(x -> x.status() == DeadlineStatus.PAUSED).orElse(false), LocalDate.now(clock));
    }
}
