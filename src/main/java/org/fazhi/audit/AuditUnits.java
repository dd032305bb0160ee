package org.fazhi.audit;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * What the audit log must know of the unit tree to scope an auditor's reading: an auditor reads the
 * entries of actors in their own unit's subtree (plus entries of no unit: the system, anonymous
 * visitors, unknown sign-in names). The units module provides it: it writes audit entries itself,
 * so the audit module cannot depend on it. Without a provider an auditor sees only their own unit.
 */
public interface AuditUnits {

    /** The units whose members' entries the acting user may read. */
    Set<Long> visibleUnitIds();

    /** {@code unitId} and every unit below it, if the acting user may see {@code unitId}; else empty. */
    Set<Long> subtree(long unitId);

    /** Display names of the given units (units not found are left out). */
    Map<Long, String> names(Collection<Long> unitIds);
}
