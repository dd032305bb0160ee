package org.fazhi.disputes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fazhi.audit.AuditLog;
import org.fazhi.disputes.internal.DisputesAccess;
import org.fazhi.disputes.internal.MediationStore;
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
 * The people's mediation committees and their mediators, and the committees' coverage of the villages
 * computed against the unit tree: a village or community (a unit of kind VILLAGE_COMMITTEE) is covered on
 * a day when a village committee belonging to it exists that day. A village committee belongs to a
 * village unit, and a village has at most one at a time. Reads and changes are scoped to the actor's
 * units; every change is audited.
 */
@Service
@Transactional
public class MediationOrgs {

    private final MediationStore store;
    private final DisputesAccess access;
    private final DataScope scope;
    private final Units units;
    private final UnitTree tree;
    private final AuditLog audit;
    private final Clock clock;

    MediationOrgs(MediationStore store, DisputesAccess access, DataScope scope, Units units, UnitTree tree,
            AuditLog audit, Clock clock) {
        this.store = store;
        this.access = access;
        this.scope = scope;
        this.units = units;
        this.tree = tree;
        this.audit = audit;
        this.clock = clock;
    }

    /** The committees of a unit's subtree (the actor's whole scope when null). */
    @Transactional(readOnly = true)
    public List<MediationOrg> list(Long unitId) {
        return store.orgs(unitId == null ? scope.visibleUnitIds() : scope.subtreeWithinScope(unitId));
    }

    @Transactional(readOnly = true)
    public MediationOrg get(long id) {
        return access.requireOrg(id);
    }

    @Allowed.Drafters
    public MediationOrg create(MediationOrgRequest r) {
        Unit unit = units.find(r.unitId()).filter(u -> scope.canSee(u.id()))
                .orElseThrow(() -> InvalidInputException.field("unitId", "disputes.unit.unknown"));
        LocalDate today = LocalDate.now(clock);
        if (r.establishedOn().isAfter(today)) {
            throw InvalidInputException.field("establishedOn", "disputes.date.future");
        }
        switch (r.kind()) {
            case VILLAGE -> {
                if (unit.kind() != UnitKind.VILLAGE_COMMITTEE) {
                    throw InvalidInputException.field("unitId", "disputes.org.village-unit");
                }
                boolean taken = store.orgs(Set.of(unit.id())).stream()
                        .anyMatch(o -> o.kind() == MediationOrgKind.VILLAGE && (o.dissolvedOn() == null
                                || o.dissolvedOn().isAfter(r.establishedOn())));
                if (taken) {
                    throw InvalidInputException.field("unitId", "disputes.org.village-has-one", unit.name());
                }
            }
            case ENTERPRISE -> {
                if (r.enterpriseStaff() == null) {
                    throw InvalidInputException.field("enterpriseStaff", "disputes.org.staff-required");
                }
            }
            case INDUSTRY -> {
                if (r.sector() == null || r.sector().isBlank()) {
                    throw InvalidInputException.field("sector", "disputes.org.sector-required");
                }
            }
            case TOWNSHIP -> {
                // a township (street) committee belongs to the township or to a committee unit under it
            }
        }
        long id = store.insertOrg(r, Actor.current().userId(), java.time.OffsetDateTime.now(clock));
        MediationOrg created = store.org(id).orElseThrow();
        audit.created(Disputes.ORG.name(), id, created);
        return created;
    }

    /** The committee is dissolved from a day (it no longer covers its village from then). */
    @Allowed.Drafters
    public MediationOrg dissolve(long id, EndingRequest r) {
        MediationOrg before = access.requireOrg(id);
        if (before.dissolvedOn() != null) {
            throw InvalidInputException.field("endedOn", "disputes.ended.already");
        }
        if (r.endedOn().isBefore(before.establishedOn())) {
            throw InvalidInputException.field("endedOn", "disputes.ended.before-start", before.establishedOn());
        }
        store.dissolveOrg(id, r.endedOn(), java.time.OffsetDateTime.now(clock));
        MediationOrg after = store.org(id).orElseThrow();
        audit.changed(Disputes.ORG.name(), id, before, after);
        return after;
    }

    // ----- mediators -----

    @Transactional(readOnly = true)
    public List<Mediator> mediators(long orgId) {
        access.requireOrg(orgId);
        return store.mediators(orgId).stream().map(MediationOrgs::masked).toList();
    }

    /** The mediators of every committee the actor sees, by committee (phones masked). */
    @Transactional(readOnly = true)
    public Map<Long, List<Mediator>> mediatorsByOrg(Long unitId) {
        Map<Long, List<Mediator>> by = new HashMap<>();
        List<Long> orgIds = list(unitId).stream().map(MediationOrg::id).toList();
        store.mediatorsOf(orgIds).forEach(m -> by.computeIfAbsent(m.orgId(), k -> new ArrayList<>()).add(masked(m)));
        return by;
    }

    @Allowed.Drafters
    public Mediator addMediator(long orgId, MediatorRequest r) {
        MediationOrg org = access.requireOrg(orgId);
        if (org.dissolvedOn() != null) {
            throw InvalidInputException.field("orgId", "disputes.org.dissolved");
        }
        if (r.since().isAfter(LocalDate.now(clock))) {
            throw InvalidInputException.field("since", "disputes.date.future");
        }
        long id = store.insertMediator(orgId, r, Actor.current().userId(), java.time.OffsetDateTime.now(clock));
        Mediator m = store.mediator(id).orElseThrow();
        audit.created(Disputes.MEDIATOR.name(), id, masked(m));
        return masked(m);
    }

    @Allowed.Drafters
    public Mediator mediatorLeft(long orgId, long mediatorId, EndingRequest r) {
        access.requireOrg(orgId);
        Mediator m = store.mediator(mediatorId).filter(x -> x.orgId() == orgId)
                .orElseThrow(() -> new NotFoundException(Disputes.MEDIATOR.name(), mediatorId));
        if (m.leftOn() != null) {
            throw InvalidInputException.field("endedOn", "disputes.ended.already");
        }
        if (r.endedOn().isBefore(m.since())) {
            throw InvalidInputException.field("endedOn", "disputes.ended.before-start", m.since());
        }
        store.mediatorLeft(mediatorId, r.endedOn());
        Mediator after = store.mediator(mediatorId).orElseThrow();
        audit.changed(Disputes.MEDIATOR.name(), mediatorId, masked(m), masked(after));
        return masked(after);
    }

    // ----- coverage -----

    /**
     * Which villages of the unit's subtree (within the actor's scope) have a village committee on
     * {@code on} (today when null), village by village.
     */
    @Transactional(readOnly = true)
    public VillageCoverage coverage(long unitId, LocalDate on) {
        return coverage(scope.subtreeWithinScope(unitId), on == null ? LocalDate.now(clock) : on);
    }

    /** The coverage of a set of units already within the caller's scope (the metrics ask with it). */
    @Transactional(readOnly = true)
    public VillageCoverage coverage(Set<Long> subtree, LocalDate on) {
        List<Unit> villages = tree.villages(subtree);
        Map<Long, List<String>> by = new HashMap<>();
        store.orgs(villages.stream().map(Unit::id).toList()).stream()
                .filter(o -> o.kind() == MediationOrgKind.VILLAGE && o.activeOn(on))
                .forEach(o -> by.computeIfAbsent(o.unitId(), k -> new ArrayList<>()).add(o.name()));
        Map<Long, String> parents = tree.names(villages.stream().map(Unit::parentId).toList());
        return new VillageCoverage(on, villages.stream().map(v -> new VillageCoverage.Row(v.id(), v.name(),
                parents.getOrDefault(v.parentId(), ""), by.containsKey(v.id()), by.getOrDefault(v.id(), List.of())))
                .toList());
    }

    static Mediator masked(Mediator m) {
        return new Mediator(m.id(), m.orgId(), m.personName(), StaffMasks.identifier(m.phone()), m.fullTime(),
                m.since(), m.leftOn());
    }
}
