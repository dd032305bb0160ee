package org.fazhi.governance.internal;

import java.time.Clock;
import java.time.LocalDate;
import org.fazhi.governance.PlanTask;
import org.fazhi.shared.Actor;
import org.fazhi.units.Role;
import org.springframework.stereotype.Component;

/** Gathers the {@link TaskFacts} of a task, after the visibility check (404 first). */
@Component
public class TaskFactsReader {

    private final GovernanceAccess access;
    private final Clock clock;

    TaskFactsReader(GovernanceAccess access, Clock clock) {
        this.access = access;
        this.clock = clock;
    }

    public TaskFacts lock(long id) {
        return of(access.lockTask(id));
    }

    public TaskFacts read(long id) {
        return of(access.requireTask(id));
    }

    public TaskFacts of(PlanTask t) {
        boolean leads = access.canSee(t.leadUnitId());
        return new TaskFacts(t, leads, leads || t.coUnitIds().stream().anyMatch(access::canSee),
                access.canSee(t.planUnitId()),
                Actor.currentHasAnyRole(Role.RULE_OF_LAW_OFFICE.name(), Role.LEGAL_REVIEWER.name(), Role.DRAFTER.name(),
                        Role.ENFORCEMENT_OFFICER.name()),
                Actor.currentHasAnyRole(Role.RULE_OF_LAW_OFFICE.name()), LocalDate.now(clock));
    }
}
