package org.fazhi.publicity.internal;

import java.time.Clock;
import java.time.LocalDate;
import org.fazhi.publicity.PublicityActivity;
import org.fazhi.shared.Actor;
import org.fazhi.units.Role;
import org.springframework.stereotype.Component;

/** Gathers the {@link ActivityFacts} of an activity, after the visibility check (404 first). */
@Component
public class ActivityFactsReader {

    private final PublicityAccess access;
    private final Clock clock;

    ActivityFactsReader(PublicityAccess access, Clock clock) {
        this.access = access;
        this.clock = clock;
    }

    public ActivityFacts lock(long id) {
        return of(access.lockActivity(id));
    }

    public ActivityFacts read(long id) {
        return of(access.requireActivity(id));
    }

    public ActivityFacts of(PublicityActivity a) {
        return new ActivityFacts(a, Actor.currentHasAnyRole(Role.RULE_OF_LAW_OFFICE.name(), Role.LEGAL_REVIEWER.name(),
                Role.DRAFTER.name(), Role.ENFORCEMENT_OFFICER.name()), LocalDate.now(clock));
    }
}
