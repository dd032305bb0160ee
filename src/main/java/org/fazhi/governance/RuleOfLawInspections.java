package org.fazhi.governance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.fazhi.audit.AuditLog;
import org.fazhi.deadlines.Deadlines;
import org.fazhi.deadlines.NewDeadline;
import org.fazhi.governance.internal.FindingRecord;
import org.fazhi.governance.internal.FindingSteps;
import org.fazhi.governance.internal.GovernanceRules;
import org.fazhi.governance.internal.GovernanceStore;
import org.fazhi.shared.Actor;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.NotFoundException;
import org.fazhi.shared.web.Allowed;
import org.fazhi.units.DataScope;
import org.fazhi.units.Units;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rule-of-law inspections (法治督察) of a unit by one above it, and the half-yearly self-inspections
 * (半年自查, SD-13) of a unit itself, with the problems each found: every finding goes to an owner unit
 * with the person in charge, the measures and a due date, tracked on the 督办台 (GV-02) until it is
 * rectified and accepted ({@link Rectifications}).
 */
@Service
@Transactional
public class RuleOfLawInspections {

    static final String ENTITY = "inspection";

    private final GovernanceStore store;
    private final FindingSteps steps;
    private final Deadlines deadlines;
    private final DataScope scope;
    private final Units units;
    private final AuditLog audit;
    private final Clock clock;

    RuleOfLawInspections(GovernanceStore store, FindingSteps steps, Deadlines deadlines, DataScope scope, Units units,
            AuditLog audit, Clock clock) {
        this.store = store;
        this.steps = steps;
        this.deadlines = deadlines;
        this.scope = scope;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Records an inspection held (not in the future): a self-inspection is of the organising unit itself
     * and names the half of the year it covers; an inspection is of a unit below the organising one.
     */
    @Allowed.RuleOfLawOffice
    public Inspection record(InspectionRequest r) {
        long unit = r.unitId() == null ? home() : r.unitId();
        scope.require(unit, "unit", unit);
        scope.require(r.inspectedUnitId(), "unit", r.inspectedUnitId());
        if (r.inspectedOn().isAfter(LocalDate.now(clock))) {
            throw InvalidInputException.field("inspectedOn", "governance.date.future");
        }
        Integer half = null;
        if (r.kind() == InspectionKind.SELF_INSPECTION) {
            if (r.inspectedUnitId() != unit) {
                throw InvalidInputException.field("inspectedUnitId", "governance.inspection.self-same-unit");
            }
            if (r.half() == null) {
                throw InvalidInputException.field("half", "governance.inspection.half-required");
            }
            half = r.half();
        } else if (r.inspectedUnitId() == unit || !units.find(r.inspectedUnitId())
                .map(u -> u.path().contains("/" + unit + "/")).orElse(false)) {
            throw InvalidInputException.field("inspectedUnitId", "governance.inspection.below");
        }
        long id = store.insertInspection(unit, r.inspectedUnitId(), r.kind(), half, r.inspectedOn(),
                r.inspector().strip(), r.summary().strip(), Actor.current().userId());
        audit.created(ENTITY, id, Map.of("unitId", unit, "inspectedUnitId", r.inspectedUnitId(), "kind", r.kind(),
                "half", half == null ? "" : half, "inspectedOn", r.inspectedOn().toString()));
        return store.inspection(id).orElseThrow();
    }

    /**
     * A problem the inspection found, assigned to an owner unit (the unit inspected or one below it) with
     * the person in charge, the measures and a due date after the inspection; tracked on the 督办台.
     */
    @Allowed.RuleOfLawOffice
    public Finding addFinding(long inspectionId, FindingRequest r) {
        Inspection i = inspection(inspectionId);
        scope.require(i.unitId(), ENTITY, inspectionId);
        long owner = r.ownerUnitId();
        if (owner != i.inspectedUnitId() && !units.find(owner)
                .map(u -> u.path().contains("/" + i.inspectedUnitId() + "/")).orElse(false)) {
            throw InvalidInputException.field("ownerUnitId", "governance.finding.owner-outside");
        }
        if (r.dueDate().isBefore(i.inspectedOn())) {
            throw InvalidInputException.field("dueDate", "governance.finding.due-before-inspection",
                    i.inspectedOn().toString());
        }
        FindingRecord record = FindingRecord.found(i.id(), store.nextFindingNo(i.id()), r.description().strip(), owner,
                r.ownerPerson().strip(), r.measures().strip(), r.dueDate(), steps.now());
        steps.save(record);
        String title = r.description().strip();
        var deadline = deadlines.trackFixed(new NewDeadline(Governance.MODULE, Governance.FINDING.name(),
                String.valueOf(record.id()), title.length() > 300 ? title.substring(0, 300) : title,
                GovernanceRules.RECTIFICATION_DEADLINE, null, i.inspectedOn(), owner, null,
                "/console/governance/findings/" + record.id()), r.dueDate());
        record.tracked(deadline.id());
        steps.save(record);
        audit.created(Governance.FINDING.name(), record.id(), Map.of("inspectionId", i.id(), "ownerUnitId", owner,
                "dueDate", r.dueDate().toString(), "deadlineId", deadline.id()));
        return store.finding(record.id()).orElseThrow();
    }

    /** An inspection organised by or of a unit in the actor's scope (404 otherwise). */
    @Transactional(readOnly = true)
    public Inspection inspection(long id) {
        Inspection i = store.inspection(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
        if (!scope.canSee(i.unitId()) && !scope.canSee(i.inspectedUnitId())) {
            throw new NotFoundException(ENTITY, id);
        }
        return i;
    }

    @Transactional(readOnly = true)
    public List<Finding> findings(long inspectionId) {
        inspection(inspectionId);
        return store.findingsOf(inspectionId);
    }

    /** Inspections in a year organised by or of the units in the actor's scope, newest first. */
    @Transactional(readOnly = true)
    public List<Inspection> inspections(int year) {
        return store.inspections(scope.visibleUnitIds(), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** The findings of the year's inspections that the actor's scope owns or inspected, by due date. */
    @Transactional(readOnly = true)
    public List<Finding> findingsOfYear(int year) {
        return store.findings(scope.visibleUnitIds(), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    private long home() {
        Long home = scope.homeUnitId();
        if (home == null) {
            throw InvalidInputException.field("unitId", "governance.unit.required");
        }
        return home;
    }
}
