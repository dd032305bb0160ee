package org.fazhi.normdocs;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.fazhi.audit.AuditLog;
import org.fazhi.normdocs.internal.IssuingBodyStore;
import org.fazhi.normdocs.internal.PlanStore;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.NotFoundException;
import org.fazhi.shared.RefusedException;
import org.fazhi.units.DataScope;
import org.fazhi.units.Unit;
import org.fazhi.units.Units;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The annual drafting plans (制定计划): each item names the document to draft, the listed issuing
 * body in whose name and the unit that drafts it. A document started from a plan item is linked to
 * it (and must be drafted in the item's body's name).
 */
@Service
@Transactional
public class DraftingPlans {

    static final String ENTITY = "drafting-plan-item";

    /** A plan item as entered. */
    public record PlanItemRequest(@NotNull Long unitId, @NotNull @Min(2000) @Max(2100) Integer year,
            @NotBlank @Size(max = 300) String title, @NotNull Long issuingBodyId, @NotNull Long draftingUnitId,
            @Min(1) @Max(4) Integer plannedQuarter, @Size(max = 1000) String basis) {
    }

    private final PlanStore store;
    private final IssuingBodyStore bodies;
    private final Units units;
    private final DataScope scope;
    private final AuditLog audit;

    DraftingPlans(PlanStore store, IssuingBodyStore bodies, Units units, DataScope scope, AuditLog audit) {
        this.store = store;
        this.bodies = bodies;
        this.units = units;
        this.scope = scope;
        this.audit = audit;
    }

    @PreAuthorize("hasAnyRole('RULE_OF_LAW_OFFICE','DRAFTER')")
    public DraftingPlanItem add(PlanItemRequest r) {
        scope.require(r.unitId(), "unit", r.unitId());
        scope.require(r.draftingUnitId(), "unit", r.draftingUnitId());
        if (r.year() == null || r.year() < 2000 || r.year() > 2100) {
            throw InvalidInputException.field("year", "normdocs.plan.year");
        }
        if (r.plannedQuarter() != null && (r.plannedQuarter() < 1 || r.plannedQuarter() > 4)) {
            throw InvalidInputException.field("plannedQuarter", "normdocs.plan.quarter");
        }
        IssuingBody body = bodies.find(r.issuingBodyId()).filter(IssuingBody::active)
                .orElseThrow(() -> new RefusedException("body-not-listed", "normdocs.refused.body-not-listed"));
        Unit drafting = units.find(r.draftingUnitId()).orElseThrow();
        if (!drafting.path().contains("/" + body.unitId() + "/")) {
            throw new RefusedException("body-not-of-unit", "normdocs.refused.body-not-of-unit", body.name());
        }
        long id = store.insert(new DraftingPlanItem(null, r.unitId(), r.year(), r.title().strip(), body.id(),
                r.draftingUnitId(), r.plannedQuarter(), r.basis() == null || r.basis().isBlank() ? null
                        : r.basis().strip()));
        DraftingPlanItem created = store.find(id).orElseThrow();
        audit.created(ENTITY, id, created);
        return created;
    }

    /** A plan item of a unit in the actor's scope (its plan's or its drafting unit), else 404. */
    @Transactional(readOnly = true)
    public DraftingPlanItem get(long id) {
        return store.find(id).filter(i -> scope.canSee(i.unitId()) || scope.canSee(i.draftingUnitId()))
                .orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    /** The items the actor may see, of one year or all. */
    @Transactional(readOnly = true)
    public List<DraftingPlanItem> items(Integer year) {
        return store.ofUnits(scope.visibleUnitIds(), year);
    }
}
