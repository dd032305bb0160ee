package org.fazhi.disputes.internal;

import java.time.Clock;
import java.time.LocalDate;
import org.fazhi.deadlines.Deadlines;
import org.fazhi.disputes.Petition;
import org.fazhi.shared.Actor;
import org.fazhi.shared.NotFoundException;
import org.fazhi.units.DataScope;
import org.fazhi.units.Role;
import org.springframework.stereotype.Component;

/**
 * Gathers the {@link PetitionFacts} of a petition after the visibility check: a petition is seen in the
 * scope of the unit handling it; everyone else gets 404.
 */
@Component
public class PetitionFactsReader {

    private final PetitionStore store;
    private final Deadlines deadlines;
    private final DataScope scope;
    private final Clock clock;

    PetitionFactsReader(PetitionStore store, Deadlines deadlines, DataScope scope, Clock clock) {
        this.store = store;
        this.deadlines = deadlines;
        this.scope = scope;
        this.clock = clock;
    }

    public Petition requireVisible(long id) {
        Petition p = store.petition(id).orElseThrow(() -> new NotFoundException(Petition.SUBJECT.name(), id));
        if (!scope.canSee(p.unitId())) {
            throw new NotFoundException(Petition.SUBJECT.name(), id);
        }
        return p;
    }

    public PetitionFacts lock(long id) {
        Petition p = store.lock(id).orElseThrow(() -> new NotFoundException(Petition.SUBJECT.name(), id));
        if (!scope.canSee(p.unitId())) {
            throw new NotFoundException(Petition.SUBJECT.name(), id);
        }
        return of(p);
    }

    public PetitionFacts read(long id) {
        return of(requireVisible(id));
    }

    public PetitionFacts of(Petition p) {
        return new PetitionFacts(p, p.handlingDeadlineId() == null ? null
                : deadlines.find(p.handlingDeadlineId()).orElse(null),
                Actor.currentHasAnyRole(Role.DRAFTER.name(), Role.RULE_OF_LAW_OFFICE.name()), LocalDate.now(clock));
    }
}
