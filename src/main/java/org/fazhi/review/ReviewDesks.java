package org.fazhi.review;

import org.fazhi.shared.web.Allowed;
import java.util.Map;
import org.fazhi.audit.AuditLog;
import org.fazhi.review.internal.DeskStore;
import org.fazhi.units.DataScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which unit's legal office reviews for which deciding unit (e.g. the county justice bureau for the
 * county government). A unit without an assignment reviews for itself.
 */
@Service
@Transactional
public class ReviewDesks {

    private final DeskStore store;
    private final DataScope scope;
    private final AuditLog audit;

    ReviewDesks(DeskStore store, DataScope scope, AuditLog audit) {
        this.store = store;
        this.scope = scope;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public long deskFor(long decidingUnitId) {
        return store.deskOf(decidingUnitId).orElse(decidingUnitId);
    }

    @Transactional(readOnly = true)
    public Map<Long, Long> assignments() {
        Map<Long, Long> all = new java.util.LinkedHashMap<>(store.all());
        all.keySet().removeIf(k -> !scope.canSee(k));
        return all;
    }

    @Allowed.ConfigKeepers
    public void assign(long decidingUnitId, long deskUnitId) {
        scope.require(decidingUnitId, "unit", decidingUnitId);
        scope.require(deskUnitId, "unit", deskUnitId);
        Long before = store.deskOf(decidingUnitId).orElse(null);
        store.assign(decidingUnitId, deskUnitId);
        audit.changed("review-desk", decidingUnitId, Map.of("deskUnitId", before == null ? "" : before),
                Map.of("deskUnitId", deskUnitId));
    }

    /** Removes an assignment: the deciding unit reviews for itself again. */
    @Allowed.ConfigKeepers
    public void unassign(long decidingUnitId) {
        scope.require(decidingUnitId, "unit", decidingUnitId);
        Long before = store.deskOf(decidingUnitId).orElse(null);
        if (before == null) {
            return;
        }
        store.remove(decidingUnitId);
        audit.changed("review-desk", decidingUnitId, Map.of("deskUnitId", before), Map.of("deskUnitId", ""));
    }
}
