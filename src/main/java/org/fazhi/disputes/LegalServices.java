package org.fazhi.disputes;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fazhi.audit.AuditLog;
import org.fazhi.disputes.internal.LegalServiceStore;
import org.fazhi.disputes.internal.UnitTree;
import org.fazhi.shared.Actor;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.NotFoundException;
import org.fazhi.shared.web.Allowed;
import org.fazhi.units.DataScope;
import org.fazhi.units.Unit;
import org.fazhi.units.UnitKind;
import org.fazhi.units.Units;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Public legal services: the service points (a centre for the county, stations for townships, rooms for
 * villages — each level for the kind of unit it serves), the consultations each answered per month, and
 * the villages' legal advisers with their coverage of the villages of the unit tree (SD-19: a village or
 * community is covered on a day when an adviser's term includes it). Scoped and audited.
 */
@Service
@Transactional
public class LegalServices {

    private final LegalServiceStore store;
    private final DataScope scope;
    private final Units units;
    private final UnitTree tree;
    private final AuditLog audit;
    private final Clock clock;

    LegalServices(LegalServiceStore store, DataScope scope, Units units, UnitTree tree, AuditLog audit, Clock clock) {
        this.store = store;
        this.scope = scope;
        this.units = units;
        this.tree = tree;
        this.audit = audit;
        this.clock = clock;
    }

    // ----- service points -----

    @Transactional(readOnly = true)
    public List<LegalServicePoint> points(Long unitId) {
        return store.points(unitId == null ? scope.visibleUnitIds() : scope.subtreeWithinScope(unitId));
    }

    @Allowed.Drafters
    public LegalServicePoint addPoint(ServicePointRequest r) {
        Unit unit = unit(r.unitId());
        if (!r.level().serves(unit.kind())) {
            throw InvalidInputException.field("level", "disputes.point.level-unit", unit.name());
        }
        notFuture(r.openedOn(), "openedOn");
        long id = store.insertPoint(r, Actor.current().userId(), OffsetDateTime.now(clock));
        LegalServicePoint p = store.point(id).orElseThrow();
        audit.created(Disputes.SERVICE_POINT.name(), id, p);
        return p;
    }

    @Allowed.Drafters
    public LegalServicePoint closePoint(long id, EndingRequest r) {
        LegalServicePoint p = point(id);
        if (p.closedOn() != null) {
            throw InvalidInputException.field("endedOn", "disputes.ended.already");
        }
        if (r.endedOn().isBefore(p.openedOn())) {
            throw InvalidInputException.field("endedOn", "disputes.ended.before-start", p.openedOn());
        }
        store.pointClosed(id, r.endedOn());
        LegalServicePoint after = store.point(id).orElseThrow();
        audit.changed(Disputes.SERVICE_POINT.name(), id, p, after);
        return after;
    }

    /** The consultations a point answered in a month (recorded again, the month's figure is replaced). */
    @Allowed.Drafters
    public ServiceTally tally(long pointId, TallyRequest r) {
        LegalServicePoint p = point(pointId);
        LocalDate month = LocalDate.of(r.year(), r.month(), 1);
        if (month.isAfter(LocalDate.now(clock))) {
            throw InvalidInputException.field("month", "disputes.date.future");
        }
        if (month.plusMonths(1).isBefore(p.openedOn()) || month.plusMonths(1).isEqual(p.openedOn())) {
            throw InvalidInputException.field("month", "disputes.tally.before-opening", p.openedOn());
        }
        var before = store.tally(pointId, month);
        long id = store.saveTally(pointId, month, r.consultations(), Actor.current().userId(), OffsetDateTime.now(clock));
        ServiceTally after = store.tally(pointId, month).orElseThrow();
        if (before.isPresent()) {
            audit.changed(Disputes.SERVICE_TALLY.name(), id, before.get(), after);
        } else {
            audit.created(Disputes.SERVICE_TALLY.name(), id, after);
        }
        return after;
    }

    /** The monthly tallies of the points of a unit's subtree in a year. */
    @Transactional(readOnly = true)
    public List<ServiceTally> tallies(Long unitId, int year) {
        List<Long> ids = points(unitId).stream().map(LegalServicePoint::id).toList();
        return store.tallies(ids, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    private LegalServicePoint point(long id) {
        return store.point(id).filter(p -> scope.canSee(p.unitId()))
                .orElseThrow(() -> new NotFoundException(Disputes.SERVICE_POINT.name(), id));
    }

    // ----- village legal advisers -----

    @Transactional(readOnly = true)
    public List<VillageAdviser> advisers(Long unitId) {
        var subtree = unitId == null ? scope.visibleUnitIds() : scope.subtreeWithinScope(unitId);
        return store.advisers(subtree).stream().map(LegalServices::masked).toList();
    }

    @Allowed.Drafters
    public VillageAdviser addAdviser(VillageAdviserRequest r) {
        Unit village = unit(r.villageUnitId());
        if (village.kind() != UnitKind.VILLAGE_COMMITTEE) {
            throw InvalidInputException.field("villageUnitId", "disputes.adviser.village-unit");
        }
        if (r.servesTo().isBefore(r.servesFrom())) {
            throw InvalidInputException.field("servesTo", "disputes.date.before", r.servesFrom());
        }
        long id = store.insertAdviser(r, Actor.current().userId(), OffsetDateTime.now(clock));
        VillageAdviser a = masked(store.adviser(id).orElseThrow());
        audit.created(Disputes.VILLAGE_ADVISER.name(), id, a);
        return a;
    }

    /** Which villages of the unit's subtree have a legal adviser serving on {@code on} (today when null). */
    @Transactional(readOnly = true)
    public VillageCoverage adviserCoverage(long unitId, LocalDate on) {
        return adviserCoverage(scope.subtreeWithinScope(unitId), on == null ? LocalDate.now(clock) : on);
    }

    /** The same for a set of units already within the caller's scope (the metrics ask with it). */
    @Transactional(readOnly = true)
    public VillageCoverage adviserCoverage(Set<Long> subtree, LocalDate on) {
        List<Unit> villages = tree.villages(subtree);
        Map<Long, List<String>> by = new HashMap<>();
        store.advisers(villages.stream().map(Unit::id).toList()).stream().filter(a -> a.servesOn(on))
                .forEach(a -> by.computeIfAbsent(a.villageUnitId(), k -> new ArrayList<>())
                        .add(a.adviserName() + " · " + a.firm()));
        Map<Long, String> parents = tree.names(villages.stream().map(Unit::parentId).toList());
        return new VillageCoverage(on, villages.stream().map(v -> new VillageCoverage.Row(v.id(), v.name(),
                parents.getOrDefault(v.parentId(), ""), by.containsKey(v.id()), by.getOrDefault(v.id(), List.of())))
                .toList());
    }

    private Unit unit(Long id) {
        return units.find(id).filter(u -> scope.canSee(u.id()))
                .orElseThrow(() -> InvalidInputException.field("unitId", "disputes.unit.unknown"));
    }

    private void notFuture(LocalDate day, String field) {
        if (day.isAfter(LocalDate.now(clock))) {
            throw InvalidInputException.field(field, "disputes.date.future");
        }
    }

    static VillageAdviser masked(VillageAdviser a) {
        return new VillageAdviser(a.id(), a.villageUnitId(), a.adviserName(), a.firm(), StaffMasks.identifier(a.phone()),
                a.servesFrom(), a.servesTo());
    }
}
