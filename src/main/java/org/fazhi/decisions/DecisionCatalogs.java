package org.fazhi.decisions;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fazhi.audit.AuditLog;
import org.fazhi.decisions.internal.CatalogProcedure.Step;
import org.fazhi.decisions.internal.CatalogRecord;
import org.fazhi.decisions.internal.CatalogSteps;
import org.fazhi.decisions.internal.CatalogStore;
import org.fazhi.decisions.internal.DecisionStore;
import org.fazhi.shared.Actor;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.NotFoundException;
import org.fazhi.shared.RefusedException;
import org.fazhi.shared.procedure.Guide;
import org.fazhi.shared.web.Allowed;
import org.fazhi.units.DataScope;
import org.fazhi.units.Unit;
import org.fazhi.units.Units;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The yearly decision catalog of a unit (重大行政决策事项目录, MD-01): compiled item by item (the
 * matter, the sponsoring unit, the planned quarter, the criteria of 条例第三条), approved by the party
 * committee at the same level (the approval is recorded: by whom, its reference, its date), published
 * on the portal; once published it changes only by an amendment with its reason and the committee's
 * approval, which makes a new version. Only an item listed on a published catalog starts a decision.
 */
@Service
@Transactional
public class DecisionCatalogs {

    static final String ITEM = "decision-catalog-item";

    private final CatalogStore store;
    private final CatalogSteps steps;
    private final DecisionStore decisions;
    private final DataScope scope;
    private final Units units;
    private final AuditLog audit;

    DecisionCatalogs(CatalogStore store, CatalogSteps steps, DecisionStore decisions, DataScope scope, Units units,
            AuditLog audit) {
        this.store = store;
        this.steps = steps;
        this.decisions = decisions;
        this.scope = scope;
        this.units = units;
        this.audit = audit;
    }

    /** Starts a unit's catalog for a year (one per unit and year). */
    @Allowed.Drafters
    public DecisionCatalog create(CatalogRequest r) {
        long unitId = r.unitId() != null ? r.unitId() : home();
        if (!scope.canSee(unitId)) {
            throw InvalidInputException.field("unitId", "decisions.unit.outside-scope");
        }
        if (store.of(unitId, r.year()).isPresent()) {
            throw InvalidInputException.field("year", "decisions.catalog.exists", r.year());
        }
        CatalogRecord record = CatalogRecord.started(unitId, r.year(), r.title().strip(), Actor.current().userId(),
                steps.now());
        try {
            steps.save(record);
        } catch (DuplicateKeyException raced) {
            throw InvalidInputException.field("year", "decisions.catalog.exists", r.year());
        }
        DecisionCatalog c = store.find(record.id()).orElseThrow();
        audit.created(DecisionCatalog.SUBJECT.name(), c.id(), Map.of("unitId", unitId, "year", r.year(), "title",
                c.title()));
        return c;
    }

    /** Adds an item while the catalog is compiled. */
    @Allowed.Drafters
    public CatalogItem addItem(long catalogId, CatalogItemRequest r) {
        CatalogSteps.Taken step = steps.take(catalogId, Step.ADD_ITEM, null);
        checkItem(step.catalog(), r);
        long id = store.addItem(catalogId, r, step.catalog().versionNo(), Actor.current().userId());
        CatalogItem item = store.item(id).orElseThrow();
        audit.created(ITEM, id, describe(item));
        step.record().touched(steps.now());
        steps.save(step.record());
        return item;
    }

    @Allowed.Drafters
    public CatalogItem changeItem(long catalogId, long itemId, CatalogItemRequest r) {
        CatalogSteps.Taken step = steps.take(catalogId, Step.CHANGE_ITEM, null);
        CatalogItem before = itemOf(catalogId, itemId);
        checkItem(step.catalog(), r);
        store.changeItem(itemId, r);
        CatalogItem after = store.item(itemId).orElseThrow();
        audit.changed(ITEM, itemId, "change", describe(before), describe(after));
        step.record().touched(steps.now());
        steps.save(step.record());
        return after;
    }

    @Allowed.Drafters
    public void removeItem(long catalogId, long itemId) {
        CatalogSteps.Taken step = steps.take(catalogId, Step.REMOVE_ITEM, null);
        CatalogItem before = itemOf(catalogId, itemId);
        store.removeItem(itemId, null);
        audit.deleted(ITEM, itemId, describe(before));
        step.record().touched(steps.now());
        steps.save(step.record());
    }

    /** Records the party committee's approval (经同级党委同意); the catalog can then be published. */
    @Allowed.Drafters
    public DecisionCatalog recordApproval(long catalogId, ApprovalRequest a) {
        CatalogSteps.Taken step = steps.take(catalogId, Step.RECORD_APPROVAL, null);
        checkApproval(a, step.today());
        step.record().approved(a.approvedBy().strip(), blank(a.approvalRef()), a.approvedOn(),
                Actor.current().userId(), steps.now());
        return steps.complete(step, Map.of("approvedBy", a.approvedBy().strip(), "approvalRef",
                a.approvalRef() == null ? "" : a.approvalRef().strip(), "approvedOn", a.approvedOn()));
    }

    /** Publishes an approved catalog (on the portal from today). */
    @Allowed.Drafters
    public DecisionCatalog publish(long catalogId) {
        CatalogSteps.Taken step = steps.take(catalogId, Step.PUBLISH, null);
        step.record().published(step.today(), Actor.current().userId(), steps.now());
        return steps.complete(step, Map.of("publishedOn", step.today(), "versionNo", step.catalog().versionNo()));
    }

    /**
     * Amends a published catalog: adds an item, changes or removes one, with the reason and the party
     * committee's approval; the catalog's version goes up by one and the amendment is kept as that
     * version. An item whose decision procedure has started cannot be removed.
     */
    @Allowed.Drafters
    public CatalogAmendment amend(long catalogId, AmendmentRequest r) {
        CatalogSteps.Taken step = steps.take(catalogId, Step.AMEND, null);
        DecisionCatalog c = step.catalog();
        checkApproval(r.approval(), step.today());
        String reason = r.reason().strip();
        CatalogItem before = null;
        if (r.kind() != CatalogAmendment.AmendmentKind.ADD) {
            if (r.itemId() == null) {
                throw InvalidInputException.field("itemId", "decisions.amendment.item-required");
            }
            before = itemOf(catalogId, r.itemId());
            if (!before.listed()) {
                throw InvalidInputException.field("itemId", "decisions.amendment.item-removed");
            }
        }
        if (r.kind() != CatalogAmendment.AmendmentKind.REMOVE) {
            if (r.item() == null) {
                throw InvalidInputException.field("item", "decisions.amendment.item-details-required");
            }
            checkItem(c, r.item());
        }
        if (r.kind() == CatalogAmendment.AmendmentKind.REMOVE && decisions.activeOfItem(before.id()).isPresent()) {
            throw new RefusedException("item-in-procedure", "decisions.refused.item-in-procedure");
        }
        int version = step.record().amended(steps.now());
        long itemId = switch (r.kind()) {
            case ADD -> store.addItem(catalogId, r.item(), version, Actor.current().userId());
            case CHANGE -> {
                store.changeItem(before.id(), r.item());
                yield before.id();
            }
            case REMOVE -> {
                store.removeItem(before.id(), version);
                yield before.id();
            }
        };
        CatalogItem after = store.item(itemId).orElseThrow();
        long id = store.amend(catalogId, version, r.kind(), itemId, reason, r.approval().approvedBy().strip(),
                blank(r.approval().approvalRef()), r.approval().approvedOn(),
                before == null ? null : text(before), r.kind() == CatalogAmendment.AmendmentKind.REMOVE ? null
                        : text(after), Actor.current().userId());
        steps.complete(step, Map.of("amendmentId", id, "versionNo", version, "kind", r.kind(), "itemId", itemId,
                "reason", reason));
        return store.amendments(catalogId).stream().filter(a -> a.id() == id).findFirst().orElseThrow();
    }

    // ----- reads -----

    @Transactional(readOnly = true)
    @Allowed.ProcedureReaders
    public DecisionCatalog get(long id) {
        return steps.visible(id);
    }

    /** A catalog's page: items, amendments (versions), the guide. */
    @Transactional(readOnly = true)
    @Allowed.ProcedureReaders
    public CatalogOverview overview(long id) {
        DecisionCatalog c = steps.visible(id);
        List<CatalogItem> items = store.items(id);
        Set<Long> ids = new HashSet<>();
        ids.add(c.unitId());
        items.forEach(i -> ids.add(i.sponsorUnitId()));
        return new CatalogOverview(c, units.name(c.unitId()), items, units.names(ids), store.amendments(id),
                steps.guide(c));
    }

    @Transactional(readOnly = true)
    @Allowed.ProcedureReaders
    public Guide<CatalogStatus> guide(long id) {
        return steps.guide(steps.visible(id));
    }

    /** The catalogs of the units the actor may see, newest first. */
    @Transactional(readOnly = true)
    @Allowed.ProcedureReaders
    public List<DecisionCatalog> list() {
        return store.ofUnits(scope.visibleUnitIds());
    }

    @Transactional(readOnly = true)
    @Allowed.ProcedureReaders
    public List<CatalogItem> items(long catalogId) {
        steps.visible(catalogId);
        return store.items(catalogId);
    }

    /** The amendments of a catalog, each one version. */
    @Transactional(readOnly = true)
    @Allowed.ProcedureReaders
    public List<CatalogAmendment> amendments(long catalogId) {
        steps.visible(catalogId);
        return store.amendments(catalogId);
    }

    /**
     * The items listed on published catalogs that a unit the actor may see sponsors, with no decision
     * procedure started: what the actor may start one from.
     */
    @Transactional(readOnly = true)
    @Allowed.ProcedureReaders
    public List<CatalogItem> startable() {
        List<CatalogItem> out = new java.util.ArrayList<>();
        for (DecisionCatalog c : store.published()) {
            for (CatalogItem i : store.items(c.id())) {
                if (i.listed() && scope.canSee(i.sponsorUnitId()) && decisions.activeOfItem(i.id()).isEmpty()) {
                    out.add(i);
                }
            }
        }
        return out;
    }

    // ----- public side -----

    /** Published catalogs, newest year first. */
    @Transactional(readOnly = true)
    public List<DecisionCatalog> published() {
        return store.published();
    }

    /** A published catalog (404 otherwise). */
    @Transactional(readOnly = true)
    public DecisionCatalog publicCatalog(long id) {
        return store.find(id).filter(DecisionCatalog::published)
                .orElseThrow(() -> new NotFoundException(DecisionCatalog.SUBJECT.name(), id));
    }

    @Transactional(readOnly = true)
    public List<CatalogItem> publicItems(long id) {
        publicCatalog(id);
        return store.items(id);
    }

    @Transactional(readOnly = true)
    public List<CatalogAmendment> publicAmendments(long id) {
        publicCatalog(id);
        return store.amendments(id);
    }

    // ----- helpers -----

    private void checkItem(DecisionCatalog c, CatalogItemRequest r) {
        Unit catalogUnit = units.find(c.unitId()).orElseThrow();
        Unit sponsor = units.find(r.sponsorUnitId()).orElse(null);
        if (sponsor == null || !sponsor.isWithin(catalogUnit)) {
            throw InvalidInputException.field("sponsorUnitId", "decisions.item.sponsor-outside");
        }
    }

    private static void checkApproval(ApprovalRequest a, LocalDate today) {
        if (a.approvedOn() == null || a.approvedOn().isAfter(today)) {
            throw InvalidInputException.field("approvedOn", "decisions.approval.date-future");
        }
        if (a.approvedBy() == null || a.approvedBy().isBlank()) {
            throw InvalidInputException.field("approvedBy", "decisions.text.required");
        }
    }

    private CatalogItem itemOf(long catalogId, long itemId) {
        return store.item(itemId).filter(i -> i.catalogId() == catalogId)
                .orElseThrow(() -> new NotFoundException(ITEM, itemId));
    }

    private static Map<String, Object> describe(CatalogItem i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("itemNo", i.itemNo());
        m.put("title", i.title());
        m.put("sponsorUnitId", i.sponsorUnitId());
        m.put("plannedQuarter", i.plannedQuarter());
        m.put("criteria", i.criteria());
        m.put("criteriaNote", i.criteriaNote() == null ? "" : i.criteriaNote());
        return m;
    }

    private String text(CatalogItem i) {
        String s = i.itemNo() + ". " + i.title() + " / " + units.name(i.sponsorUnitId()) + " / Q" + i.plannedQuarter()
                + " / " + String.join(",", i.criteria().stream().map(Enum::name).toList());
        return s.length() > 4000 ? s.substring(0, 4000) : s;
    }

    private static long home() {
        Long unit = Actor.current().unitId();
        if (unit == null) {
            throw InvalidInputException.field("unitId", "decisions.unit.required");
        }
        return unit;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
