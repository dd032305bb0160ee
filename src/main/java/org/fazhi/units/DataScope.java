package org.fazhi.units;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.fazhi.shared.Actor;
import org.fazhi.shared.NotFoundException;
import org.fazhi.units.internal.UnitStore;
import org.springframework.stereotype.Component;

/**
 * The data scope of the acting user: their own unit and every unit below it. Services ask it
 * before they return or change a record; a record outside the scope answers 404 (never 403), so
 * that another unit's records cannot be discovered. The system actor (scheduled jobs) sees all;
 * an anonymous portal visitor sees no unit's internal records.
 */
@Component
public class DataScope {

    private final UnitStore units;

    DataScope(UnitStore units) {
        this.units = units;
    }

    /** Ids of the units the actor may see. */
    public Set<Long> visibleUnitIds() {
        return visibleUnitIds(Actor.current());
    }

    public Set<Long> visibleUnitIds(Actor actor) {
        if (actor.isSystem()) {
            return new HashSet<>(units.all().stream().map(Unit::id).toList());
        }
        if (actor.unitId() == null) {
            return Set.of();
        }
        return units.find(actor.unitId())
                .map(u -> (Set<Long>) new HashSet<>(units.subtreeIds(u.path())))
                .orElse(Set.of());
    }

    public boolean canSee(Long unitId) {
        return unitId != null && visibleUnitIds().contains(unitId);
    }

    /** Throws 404 unless the unit lies in the actor's scope. */
    public void require(Long unitId, String entity, Object id) {
        if (!canSee(unitId)) {
            throw new NotFoundException(entity, id);
        }
    }

    /** Narrows a requested unit filter to the actor's scope: null means "all I may see". */
    public Set<Long> narrow(Collection<Long> requested) {
        Set<Long> visible = visibleUnitIds();
        if (requested == null || requested.isEmpty()) {
            return visible;
        }
        Set<Long> result = new HashSet<>(requested);
        result.retainAll(visible);
        return result;
    }

    /** The subtree of {@code unitId} within the actor's scope (404 if the unit is outside it). */
    public Set<Long> subtreeWithinScope(long unitId) {
        require(unitId, "unit", unitId);
        Unit unit = units.find(unitId).orElseThrow(() -> new NotFoundException("unit", unitId));
        return new HashSet<>(units.subtreeIds(unit.path()));
    }

    /** The actor's own unit, if signed in. */
    public Long homeUnitId() {
        return Actor.current().unitId();
    }

    public List<Unit> visibleUnits() {
        Actor actor = Actor.current();
        if (actor.isSystem()) {
            return units.all();
        }
        return actor.unitId() == null ? List.of()
                : units.find(actor.unitId()).map(u -> units.subtree(u.path())).orElse(List.of());
    }
}
