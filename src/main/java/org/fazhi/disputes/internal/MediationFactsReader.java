package org.fazhi.disputes.internal;

import java.time.Clock;
import java.time.LocalDate;
import org.fazhi.disputes.MediationCase;
import org.fazhi.shared.Actor;
import org.fazhi.units.Role;
import org.springframework.stereotype.Component;

/** Gathers the {@link MediationFacts} of a case, after the visibility check (404 first). */
@Component
public class MediationFactsReader {

    private final DisputesAccess access;
    private final MediationStore store;
    private final Clock clock;

    MediationFactsReader(DisputesAccess access, MediationStore store, Clock clock) {
        this.access = access;
        this.store = store;
        this.clock = clock;
    }

    public MediationFacts lock(long id) {
        return of(access.lockCase(id));
    }

    public MediationFacts read(long id) {
        return of(access.requireCase(id));
    }

    public MediationFacts of(MediationCase c) {
        return new MediationFacts(c, store.parties(c.id()),
                Actor.currentHasAnyRole(Role.DRAFTER.name(), Role.RULE_OF_LAW_OFFICE.name()), LocalDate.now(clock));
    }
}
