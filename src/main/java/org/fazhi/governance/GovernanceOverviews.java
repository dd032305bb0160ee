package org.fazhi.governance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.fazhi.governance.internal.GovernanceStore;
import org.fazhi.units.DataScope;
import org.fazhi.units.Units;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads a unit's year of rule-of-law government work in one call ({@link GovernanceOverview}). */
@Service
@Transactional(readOnly = true)
public class GovernanceOverviews {

    private final GovernanceStore store;
    private final GovernanceTargets targets;
    private final WorkPlans plans;
    private final DataScope scope;
    private final Units units;
    private final Clock clock;

    GovernanceOverviews(GovernanceStore store, GovernanceTargets targets, WorkPlans plans, DataScope scope,
            Units units, Clock clock) {
        this.store = store;
        this.targets = targets;
        this.plans = plans;
        this.scope = scope;
        this.units = units;
        this.clock = clock;
    }

    /** The overview of a unit in the actor's scope (404 otherwise) for a year. */
    public GovernanceOverview of(long unitId, int year) {
        var subtree = scope.subtreeWithinScope(unitId);
        LocalDate today = LocalDate.now(clock);
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        List<GovernanceOverview.PlanProgress> progress = store.plans(List.of(unitId), year).stream()
                .map(p -> new GovernanceOverview.PlanProgress(p, plans.completion(store.tasksOfPlan(p.id()), today)))
                .toList();
        List<PlanTask> overdue = store.tasksOfUnits(subtree, year).stream().filter(t -> t.overdueOn(today)).toList();
        List<Finding> open = store.findings(subtree, from, to).stream().filter(f -> f.status().running()).toList();
        return new GovernanceOverview(unitId, units.name(unitId), year, store.group(unitId, year).orElse(null),
                store.statements(List.of(unitId), year), targets.checks(List.of(unitId), year, today), progress,
                overdue, store.inspections(List.of(unitId), from, to), open, today);
    }
}
