package org.fazhi.disclosure.internal;

import java.time.Clock;
import java.time.LocalDate;
import org.fazhi.deadlines.Deadlines;
import org.fazhi.deadlines.TrackedDeadline;
import org.fazhi.disclosure.DisclosureRequest;
import org.fazhi.shared.Actor;
import org.fazhi.units.Role;
import org.springframework.stereotype.Component;

/** Gathers the {@link RequestFacts} of a request, after the visibility check (404 first). */
@Component
public class RequestFactsReader {

    private final DisclosureAccess access;
    private final RequestStore store;
    private final Deadlines deadlines;
    private final Clock clock;

    RequestFactsReader(DisclosureAccess access, RequestStore store, Deadlines deadlines, Clock clock) {
        this.access = access;
        this.store = store;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    public RequestFacts lock(long id) {
        return of(access.lock(id));
    }

    public RequestFacts read(long id) {
        return of(access.require(id));
    }

    /** The facts of a step the requester takes on the portal, once the receipt number and code were verified. */
    public RequestFacts lockForRequester(DisclosureRequest verified) {
        RequestFacts f = of(store.lock(verified.id()).orElseThrow());
        return new RequestFacts(f.request(), false, f.replyDue(), f.today(), true);
    }

    public RequestFacts of(DisclosureRequest r) {
        LocalDate due = r.replyDeadlineId() == null ? null
                : deadlines.find(r.replyDeadlineId()).map(TrackedDeadline::dueDate).orElse(null);
        return new RequestFacts(r, Actor.currentHasAnyRole(Role.DRAFTER.name(), Role.RULE_OF_LAW_OFFICE.name()), due,
                LocalDate.now(clock));
    }
}
