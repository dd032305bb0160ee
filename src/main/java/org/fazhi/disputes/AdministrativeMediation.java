package org.fazhi.disputes;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.fazhi.audit.AuditLog;
import org.fazhi.disputes.internal.DisputesRules;
import org.fazhi.disputes.internal.LegalServiceStore;
import org.fazhi.disputes.internal.UnitTree;
import org.fazhi.rules.RulesCatalog;
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
 * The staff each enforcement department (a unit of kind ENFORCEMENT_AGENCY) assigns to administrative
 * mediation, and each department's count on a day against SD-18 (read for the department's unit), counted
 * from these records. Scoped and audited.
 */
@Service
@Transactional
public class AdministrativeMediation {

    private final LegalServiceStore store;
    private final DataScope scope;
    private final Units units;
    private final UnitTree tree;
    private final RulesCatalog rules;
    private final AuditLog audit;
    private final Clock clock;

    AdministrativeMediation(LegalServiceStore store, DataScope scope, Units units, UnitTree tree, RulesCatalog rules,
            AuditLog audit, Clock clock) {
        this.store = store;
        this.scope = scope;
        this.units = units;
        this.tree = tree;
        this.rules = rules;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<AdminMediationStaff> list(Long unitId) {
        return store.staffOf(unitId == null ? scope.visibleUnitIds() : scope.subtreeWithinScope(unitId));
    }

    @Allowed.Drafters
    public AdminMediationStaff add(StaffRequest r) {
        Unit unit = units.find(r.unitId()).filter(u -> scope.canSee(u.id()))
                .orElseThrow(() -> InvalidInputException.field("unitId", "disputes.unit.unknown"));
        if (unit.kind() != UnitKind.ENFORCEMENT_AGENCY) {
            throw InvalidInputException.field("unitId", "disputes.staff.not-enforcement", unit.name());
        }
        if (r.appointedOn().isAfter(LocalDate.now(clock))) {
            throw InvalidInputException.field("appointedOn", "disputes.date.future");
        }
        long id = store.insertStaff(r, Actor.current().userId(), OffsetDateTime.now(clock));
        AdminMediationStaff s = store.staff(id).orElseThrow();
        audit.created(Disputes.STAFF.name(), id, s);
        return s;
    }

    @Allowed.Drafters
    public AdminMediationStaff end(long id, EndingRequest r) {
        AdminMediationStaff s = store.staff(id).filter(x -> scope.canSee(x.unitId()))
                .orElseThrow(() -> new NotFoundException(Disputes.STAFF.name(), id));
        if (s.endedOn() != null) {
            throw InvalidInputException.field("endedOn", "disputes.ended.already");
        }
        if (r.endedOn().isBefore(s.appointedOn())) {
            throw InvalidInputException.field("endedOn", "disputes.ended.before-start", s.appointedOn());
        }
        store.staffEnded(id, r.endedOn());
        AdminMediationStaff after = store.staff(id).orElseThrow();
        audit.changed(Disputes.STAFF.name(), id, s, after);
        return after;
    }

    /** Each enforcement department of the unit's subtree with its staff on {@code on} (today when null). */
    @Transactional(readOnly = true)
    public List<DepartmentStaffing> departments(long unitId, LocalDate on) {
        return departments(scope.subtreeWithinScope(unitId), on == null ? LocalDate.now(clock) : on);
    }

    /** The same for a set of units already within the caller's scope (the metrics ask with it). */
    @Transactional(readOnly = true)
    public List<DepartmentStaffing> departments(Set<Long> subtree, LocalDate on) {
        List<Unit> departments = tree.ofKind(subtree, UnitKind.ENFORCEMENT_AGENCY);
        List<AdminMediationStaff> all = store.staffOf(departments.stream().map(Unit::id).toList());
        List<DepartmentStaffing> out = new ArrayList<>();
        for (Unit d : departments) {
            int required = rules.threshold(DisputesRules.ADMIN_MEDIATION_STAFF, on, d.id()).intValue();
            out.add(new DepartmentStaffing(d.id(), d.name(),
                    all.stream().filter(s -> s.unitId().equals(d.id()) && s.activeOn(on)).toList(), required));
        }
        return out;
    }
}
