package org.fazhi.governance.internal;

import org.fazhi.governance.Finding;
import org.fazhi.governance.Governance;
import org.fazhi.governance.PlanTask;
import org.fazhi.shared.NotFoundException;
import org.fazhi.units.DataScope;
import org.springframework.stereotype.Component;

/**
 * Who may see a task or a finding: a task, the scope of the plan's unit, of its responsible unit and of
 * its co-units; a finding, the scope of the inspecting unit, of the unit inspected and of the owner
 * unit. Everyone else gets 404.
 */
@Component
public class GovernanceAccess {

    private final GovernanceStore store;
    private final DataScope scope;

    GovernanceAccess(GovernanceStore store, DataScope scope) {
        this.store = store;
        this.scope = scope;
    }

    public boolean visible(PlanTask t) {
        return scope.canSee(t.planUnitId()) || scope.canSee(t.leadUnitId())
                || t.coUnitIds().stream().anyMatch(scope::canSee);
    }

    public PlanTask requireTask(long id) {
        PlanTask t = store.task(id).orElseThrow(() -> new NotFoundException(Governance.TASK.name(), id));
        if (!visible(t)) {
            throw new NotFoundException(Governance.TASK.name(), id);
        }
        return t;
    }

    public PlanTask lockTask(long id) {
        PlanTask t = store.lockTask(id).orElseThrow(() -> new NotFoundException(Governance.TASK.name(), id));
        if (!visible(t)) {
            throw new NotFoundException(Governance.TASK.name(), id);
        }
        return t;
    }

    public boolean visible(Finding f) {
        return scope.canSee(f.inspectionUnitId()) || scope.canSee(f.inspectedUnitId()) || scope.canSee(f.ownerUnitId());
    }

    public Finding requireFinding(long id) {
        Finding f = store.finding(id).orElseThrow(() -> new NotFoundException(Governance.FINDING.name(), id));
        if (!visible(f)) {
            throw new NotFoundException(Governance.FINDING.name(), id);
        }
        return f;
    }

    public Finding lockFinding(long id) {
        Finding f = store.lockFinding(id).orElseThrow(() -> new NotFoundException(Governance.FINDING.name(), id));
        if (!visible(f)) {
            throw new NotFoundException(Governance.FINDING.name(), id);
        }
        return f;
    }

    public boolean canSee(Long unitId) {
        return scope.canSee(unitId);
    }
}
