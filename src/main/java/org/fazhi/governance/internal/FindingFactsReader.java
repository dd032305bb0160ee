package org.fazhi.governance.internal;

import java.time.Clock;
import java.time.LocalDate;
import org.fazhi.governance.Finding;
import org.fazhi.shared.Actor;
import org.fazhi.units.Role;
import org.springframework.stereotype.Component;

/** Gathers the {@link FindingFacts} of a finding, after the visibility check (404 first). */
@Component
public class FindingFactsReader {

    private final GovernanceAccess access;
    private final Clock clock;

    FindingFactsReader(GovernanceAccess access, Clock clock) {
        this.access = access;
        this.clock = clock;
    }

    public FindingFacts lock(long id) {
        return of(access.lockFinding(id));
    }

    public FindingFacts read(long id) {
        return of(access.requireFinding(id));
    }

    public FindingFacts of(Finding f) {
        return new FindingFacts(f, access.canSee(f.ownerUnitId()), access.canSee(f.inspectionUnitId()),
                Actor.currentHasAnyRole(Role.RULE_OF_LAW_OFFICE.name(), Role.LEGAL_REVIEWER.name(), Role.DRAFTER.name(),
                        Role.ENFORCEMENT_OFFICER.name()),
                Actor.currentHasAnyRole(Role.RULE_OF_LAW_OFFICE.name()), LocalDate.now(clock));
    }
}
