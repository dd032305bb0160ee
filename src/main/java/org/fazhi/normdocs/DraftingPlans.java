package org.fazhi.normdocs;

import org.fazhi.shared.web.Allowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.fazhi.audit.AuditLog;
import org.fazhi.normdocs.internal.DocumentAccess;
import org.fazhi.normdocs.internal.DocumentStore;
import org.fazhi.normdocs.internal.IssuingBodyStore;
import org.fazhi.normdocs.internal.PlanStore;
import org.fazhi.shared.Actor;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.NotFoundException;
import org.fazhi.shared.RefusedException;
import org.fazhi.units.DataScope;
import org.fazhi.units.Unit;
import org.fazhi.units.Units;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The annual drafting plan (制定计划) of normative documents, kept by the rule-of-law office of the
 * unit that plans (e.g. the county government). Each item names a listed issuing body and the
 * drafting unit; documents link to the item they carry out. An item is visible to the planning
 * unit's scope and to the drafting unit's scope.
 */
@Service
@Transactional
public class DraftingPlans {

    static final String ENTITY = "drafting-plan-item";

    /** An item as entered: the planning unit (default: the actor's), year, title, body, drafting unit. */
    public record PlanItemRequest(
            Long unitId,
            @NotNull @Min(2000) @Max(2100) Integer year,
            @NotBlank @Size(max = 300) String title,
            @NotNull Long issuingBodyId,
            @NotNull Long draftingUnitId,
            @Min(1) @Max(4) Integer plannedQuarter,
            @Size(max = 1000) String basis) {
    }

    private final PlanStore store;
    private final IssuingBodyStore bodies;
    private final DocumentStore documents;
    private final DocumentAccess access;
    private final DataScope scope;
    private final Units units;
    private final AuditLog audit;

    DraftingPlans(PlanStore store, IssuingBodyStore bodies, DocumentStore documents, DocumentAccess access,
            DataScope scope, AuditLog audit, Units units) {
        this.units = units;
        this.store = store;
        this.bodies = bodies;
        this.documents = documents;
        this.access = access;
        this.scope = scope;
        this.audit = audit;
    }

    /** The visible items of a year, by quarter then title. */
    @Transactional(readOnly = true)
    public List<PlanItem> ofYear(int year) {
        return store.ofYear(scope.visibleUnitIds(), year);
    }

    /** The years that have visible items, newest first. */
    @Transactional(readOnly = true)
    public List<Integer> years() {
        return store.years(scope.visibleUnitIds());
    }

    @Transactional(readOnly = true)
    public PlanItem get(long id) {
        PlanItem item = store.find(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
        if (!scope.canSee(item.unitId()) && !scope.canSee(item.draftingUnitId())) {
            throw new NotFoundException(ENTITY, id);
        }
        return item;
    }

    /** The documents the actor may see that carry out each of the given items (item id → documents). */
    @Transactional(readOnly = true)
    public Map<Long, List<NormativeDocument>> documents(Collection<Long> itemIds) {
        Map<Long, List<NormativeDocument>> all = documents.byPlanItems(itemIds);
        all.replaceAll((item, docs) -> docs.stream().filter(access::visible).toList());
        return all;
    }

    @Allowed.RuleOfLawOffice
    public PlanItem add(PlanItemRequest r) {
        long unitId = unitOf(r);
        check(r, unitId);
        long id = store.insert(unitId, r.year(), r.title().strip(), r.issuingBodyId(), r.draftingUnitId(),
                r.plannedQuarter(), blank(r.basis()));
        PlanItem created = store.find(id).orElseThrow();
        audit.created(ENTITY, id, created);
        return created;
    }

    @Allowed.RuleOfLawOffice
    public PlanItem update(long id, PlanItemRequest r) {
        PlanItem before = get(id);
        scope.require(before.unitId(), ENTITY, id);
        long unitId = r.unitId() == null ? before.unitId() : r.unitId();
        check(r, unitId);
        store.update(id, unitId, r.year(), r.title().strip(), r.issuingBodyId(), r.draftingUnitId(),
                r.plannedQuarter(), blank(r.basis()));
        PlanItem after = store.find(id).orElseThrow();
        audit.changed(ENTITY, id, before, after);
        return after;
    }

    /** Removes an item no document carries out yet. */
    @Allowed.RuleOfLawOffice
    public void remove(long id) {
        PlanItem before = get(id);
        scope.require(before.unitId(), ENTITY, id);
        if (!documents.byPlanItems(List.of(id)).getOrDefault(id, List.of()).isEmpty()) {
            throw new RefusedException("plan-item-in-use", "normdocs.refused.plan-item-in-use");
        }
        store.delete(id);
        audit.deleted(ENTITY, id, before);
    }

    private void check(PlanItemRequest r, long unitId) {
        scope.require(unitId, "unit", unitId);
        scope.require(r.draftingUnitId(), "unit", r.draftingUnitId());
        if (r.year() == null || r.year() < 2000 || r.year() > 2100) {
            throw InvalidInputException.field("year", "normdocs.plan.year.range");
        }
        if (r.plannedQuarter() != null && (r.plannedQuarter() < 1 || r.plannedQuarter() > 4)) {
            throw InvalidInputException.field("plannedQuarter", "normdocs.plan.quarter.range");
        }
        IssuingBody body = bodies.find(r.issuingBodyId()).filter(IssuingBody::active)
                .filter(b -> scope.canSee(b.unitId()) || scope.canSee(b.registeringUnitId()))
                .orElseThrow(() -> new RefusedException("body-not-listed", "normdocs.refused.body-not-listed"));
        Unit drafting = units.find(r.draftingUnitId()).orElseThrow();
        if (!drafting.path().contains("/" + body.unitId() + "/")) {
            // the drafting unit works for its own body or a body above it, as when drafting a document
            throw new RefusedException("body-not-of-unit", "normdocs.refused.body-not-of-unit", body.name());
        }
    }

    private static long unitOf(PlanItemRequest r) {
        if (r.unitId() != null) {
            return r.unitId();
        }
        Long unit = Actor.current().unitId();
        if (unit == null) {
            throw InvalidInputException.field("unitId", "normdocs.unit.required");
        }
        return unit;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
