package org.fazhi.units.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.fazhi.audit.AuditUnits;
import org.fazhi.shared.NotFoundException;
import org.fazhi.units.DataScope;
import org.fazhi.units.Unit;
import org.springframework.stereotype.Component;

/** Gives the audit log the unit tree (the audit module cannot depend on units: units writes audit entries). */
@Component
class UnitTreeForAudit implements AuditUnits {

    private final DataScope scope;
    private final UnitStore units;

    UnitTreeForAudit(DataScope scope, UnitStore units) {
        this.scope = scope;
        this.units = units;
    }

    @Override
    public Set<Long> visibleUnitIds() {
        return scope.visibleUnitIds();
    }

    @Override
    public Set<Long> subtree(long unitId) {
        try {
            return scope.subtreeWithinScope(unitId);
        } catch (NotFoundException e) {
            return Set.of();
        }
    }

    @Override
    public Map<Long, String> names(Collection<Long> unitIds) {
        Map<Long, String> names = new LinkedHashMap<>();
        if (!unitIds.isEmpty()) {
            units.byIds(unitIds).forEach((Unit u) -> names.put(u.id(), u.name()));
        }
        return names;
    }
}
