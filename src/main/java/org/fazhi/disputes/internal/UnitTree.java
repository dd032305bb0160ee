package org.fazhi.disputes.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.fazhi.units.Unit;
import org.fazhi.units.UnitKind;
import org.fazhi.units.Units;
import org.springframework.stereotype.Component;

/**
 * The units of a subtree as the unit tree has them (kind, name, parent), for figures computed against
 * the tree: which villages a subtree holds, which enforcement departments.
 */
@Component
public class UnitTree {

    private final Units units;

    UnitTree(Units units) {
        this.units = units;
    }

    /** The units of {@code ids} (already within the caller's scope), in tree order. */
    public List<Unit> of(Collection<Long> ids) {
        List<Unit> out = new ArrayList<>();
        java.util.Set<Long> seen = new java.util.HashSet<>();
        for (Unit u : units.visibleTree()) {
            if (ids.contains(u.id())) {
                out.add(u);
                seen.add(u.id());
            }
        }
        for (Long id : ids) {
            if (!seen.contains(id)) {
                // asked as the system (a job), or a unit the caller reaches through a record: look it up
                units.find(id).ifPresent(out::add);
            }
        }
        return out;
    }

    /** The active units of one kind among {@code ids}, in tree order. */
    public List<Unit> ofKind(Collection<Long> ids, UnitKind kind) {
        return of(ids).stream().filter(u -> u.kind() == kind && u.active()).toList();
    }

    /** The active villages and communities among {@code ids} (units of kind VILLAGE_COMMITTEE). */
    public List<Unit> villages(Collection<Long> ids) {
        return ofKind(ids, UnitKind.VILLAGE_COMMITTEE);
    }

    /** Names of units for display. */
    public Map<Long, String> names(Collection<Long> ids) {
        return units.names(ids);
    }
}
