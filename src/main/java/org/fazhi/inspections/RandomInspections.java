package org.fazhi.inspections;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fazhi.audit.AuditLog;
import org.fazhi.enforcement.Agencies;
import org.fazhi.enforcement.Agency;
import org.fazhi.enforcement.Officer;
import org.fazhi.enforcement.Officers;
import org.fazhi.inspections.internal.InspectionRules;
import org.fazhi.inspections.internal.InspectionStore;
import org.fazhi.inspections.internal.PlanFacts;
import org.fazhi.inspections.internal.PlanProcedure;
import org.fazhi.inspections.internal.PlanProcedure.Step;
import org.fazhi.inspections.internal.PlanRecord;
import org.fazhi.inspections.internal.PlanRecords;
import org.fazhi.rules.RulesCatalog;
import org.fazhi.shared.Actor;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.NotFoundException;
import org.fazhi.shared.StaleVersionException;
import org.fazhi.shared.procedure.Guide;
import org.fazhi.shared.web.Allowed;
import org.fazhi.units.DataScope;
import org.fazhi.units.Role;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.relational.core.conversion.DbActionExecutionException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Random inspections (双随机、一公开): the items list and the roster of objects of a unit; plans of an
 * agency that draw objects from the roster and pairs of inspectors from the agency's officers with
 * valid certificates ({@link RandomDraw}, recorded with its pools, seed and digests so that anyone can
 * repeat it); the results recorded task by task and published. Another unit's records answer 404.
 */
@Service
@Transactional
public class RandomInspections {

    private static final String PLAN = InspectionPlan.SUBJECT.name();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final InspectionStore store;
    private final PlanRecords records;
    private final Agencies agencies;
    private final Officers officers;
    private final RulesCatalog rules;
    private final DataScope scope;
    private final AuditLog audit;
    private final Clock clock;

    RandomInspections(InspectionStore store, PlanRecords records, Agencies agencies, Officers officers,
            RulesCatalog rules, DataScope scope, AuditLog audit, Clock clock) {
        this.store = store;
        this.records = records;
        this.agencies = agencies;
        this.officers = officers;
        this.rules = rules;
        this.scope = scope;
        this.audit = audit;
        this.clock = clock;
    }

    // ----- items and objects -----

    @Transactional(readOnly = true)
    @Allowed.Staff
    public List<InspectionItem> items() {
        return store.items(scope.visibleUnitIds());
    }

    @Transactional(readOnly = true)
    @Allowed.Staff
    public List<InspectionObject> objects() {
        return store.objects(scope.visibleUnitIds());
    }

    /** Active items of every unit, for the portal (随机抽查事项清单 is public). */
    @Transactional(readOnly = true)
    public List<InspectionItem> publicItems() {
        return store.activeItems();
    }

    @Allowed.Officers
    public InspectionItem addItem(ItemRequest r) {
        long unit = unitOf(r.unitId());
        if (store.item(unit, r.code().strip()).isPresent()) {
            throw InvalidInputException.field("code", "inspections.item.code-taken", r.code().strip());
        }
        long id = store.insertItem(unit, r.code().strip(), r.name().strip(), r.basis().strip(), r.objectType().strip(),
                r.ratioPercent(), r.frequency(), r.method().strip());
        InspectionItem created = store.item(id).orElseThrow();
        audit.created("inspection-item", id, created);
        return created;
    }

    @Allowed.Officers
    public InspectionObject addObject(ObjectRequest r) {
        long unit = unitOf(r.unitId());
        if (store.object(unit, r.creditCode()).isPresent()) {
            throw InvalidInputException.field("creditCode", "inspections.object.code-taken", r.creditCode());
        }
        long id;
        try {
            id = store.insertObject(unit, r.objectType().strip(), r.name().strip(), r.creditCode(),
                    r.address() == null || r.address().isBlank() ? null : r.address().strip());
        } catch (DuplicateKeyException raced) {
            throw InvalidInputException.field("creditCode", "inspections.object.code-taken", r.creditCode());
        }
        InspectionObject created = store.object(id).orElseThrow();
        audit.created("inspection-object", id, created);
        return created;
    }

    /** Takes an object off the roster (closed, moved away) or puts it back. */
    @Allowed.Officers
    public InspectionObject setObjectActive(long id, boolean active) {
        InspectionObject before = store.object(id).filter(o -> scope.canSee(o.unitId()))
                .orElseThrow(() -> new NotFoundException("inspection-object", id));
        store.setObjectActive(id, active);
        InspectionObject after = store.object(id).orElseThrow();
        audit.changed("inspection-object", id, before, after);
        return after;
    }

    // ----- plans -----

    @Transactional(readOnly = true)
    @Allowed.Staff
    public List<InspectionPlan> plans(Integer year) {
        return store.plans(scope.visibleUnitIds(), year);
    }

    @Transactional(readOnly = true)
    @Allowed.Staff
    public InspectionPlan plan(long id) {
        return visible(id);
    }

    @Transactional(readOnly = true)
    @Allowed.Staff
    public List<InspectionTask> tasks(long planId) {
        visible(planId);
        return store.tasks(planId);
    }

    /** The plan's guide: for each step whether the actor may take it now, or why not. */
    @Transactional(readOnly = true)
    @Allowed.Staff
    public Guide<PlanStatus> guide(long id) {
        PlanFacts f = facts(visible(id));
        return new Guide<>(f.status(), "inspections.next." + f.status().name(), List.of(),
                PlanProcedure.PROCEDURE.checks(f, PlanProcedure.PEOPLE_STEPS));
    }

    /** A plan of an agency in the actor's scope for one of its unit's items, over a period. */
    @Allowed.EnforcementOfficers
    public InspectionPlan plan(PlanRequest r) {
        Agency agency = agencies.get(r.agencyId());
        InspectionItem item = store.item(r.itemId()).filter(i -> i.unitId().equals(agency.unitId()) && i.active())
                .orElseThrow(() -> InvalidInputException.field("itemId", "inspections.plan.item-unknown"));
        if (r.endsOn().isBefore(r.startsOn())) {
            throw InvalidInputException.field("endsOn", "inspections.plan.period");
        }
        PlanRecord record = records.save(PlanRecord.planned(agency.unitId(), agency.id(), item.id(), r.title().strip(),
                r.startsOn(), r.endsOn(), r.objectCount(), Actor.current().userId(), OffsetDateTime.now(clock)));
        InspectionPlan created = store.plan(record.id()).orElseThrow();
        audit.created(PLAN, record.id(), created);
        return created;
    }

    /**
     * Draws the plan: the objects of the item's type on the agency's roster and the agency's officers with
     * valid certificates today form the pools; a fresh seed; {@link RandomDraw} gives the tasks. The pools,
     * their digests, the seed, the algorithm and the result digest are recorded for anyone to repeat.
     */
    @Allowed.EnforcementOfficers
    public InspectionPlan draw(long id, Integer expectedVersion) {
        InspectionPlan plan = lockVisible(id);
        StaleVersionException.check(expectedVersion, plan.version(), PLAN, id);
        PlanFacts f = facts(plan);
        PlanProcedure.PROCEDURE.next(Step.DRAW, f);
        List<RandomDraw.Entry> objectPool = objectPool(plan, f.item());
        List<RandomDraw.Entry> inspectorPool = inspectorPool(plan, f.today());
        String seed = RandomDraw.newSeed(RANDOM);
        RandomDraw.Result result = RandomDraw.draw(seed, objectPool, inspectorPool, f.toDraw());
        store.insertPool(id, InspectionStore.OBJECTS, objectPool);
        store.insertPool(id, InspectionStore.INSPECTORS, inspectorPool);
        result.tasks().forEach(t -> store.insertTask(id, t));
        PlanRecord record = records.findById(id).orElseThrow();
        record.drawn(RandomDraw.ALGORITHM, seed, f.toDraw(), result.objectPoolDigest(), result.inspectorPoolDigest(),
                result.resultDigest(), f.today(), Actor.current().userId(), OffsetDateTime.now(clock));
        save(record);
        audit.changed(PLAN, id, "draw", Map.of("status", plan.status()), Map.of("status", PlanStatus.DRAWN,
                "algorithm", RandomDraw.ALGORITHM, "seed", seed, "objectPool", objectPool.size(), "inspectorPool",
                inspectorPool.size(), "objectPoolDigest", result.objectPoolDigest(), "inspectorPoolDigest",
                result.inspectorPoolDigest(), "resultDigest", result.resultDigest()));
        return store.plan(id).orElseThrow();
    }

    /** Records the result of one task, inspected on a day within the plan's period (not in the future). */
    @Allowed.EnforcementOfficers
    public InspectionTask recordResult(long planId, long taskId, ResultRequest r) {
        InspectionPlan plan = lockVisible(planId);
        StaleVersionException.check(r.version(), plan.version(), PLAN, planId);
        PlanProcedure.PROCEDURE.next(Step.RECORD_RESULT, facts(plan));
        InspectionTask task = store.tasks(planId).stream().filter(t -> t.id() == taskId).findFirst()
                .orElseThrow(() -> new NotFoundException("inspection-task", taskId));
        LocalDate today = LocalDate.now(clock);
        LocalDate on = r.inspectedOn() == null ? today : r.inspectedOn();
        if (on.isAfter(today) || on.isBefore(plan.drawnOn())) {
            throw InvalidInputException.field("inspectedOn", "inspections.task.date", plan.drawnOn());
        }
        String finding = r.finding() == null || r.finding().isBlank() ? null : r.finding().strip();
        if (r.result() != TaskResult.NO_PROBLEM && finding == null) {
            throw InvalidInputException.field("finding", "inspections.task.finding-required");
        }
        store.result(taskId, r.result(), finding, on);
        PlanRecord record = records.findById(planId).orElseThrow();
        record.touched(OffsetDateTime.now(clock));
        save(record);
        audit.changed("inspection-task", taskId, "result", Map.of("result", String.valueOf(task.result())),
                Map.of("result", r.result(), "inspectedOn", on));
        return store.tasks(planId).stream().filter(t -> t.id() == taskId).findFirst().orElseThrow();
    }

    /** Publishes the results (一公开), once every task has one. */
    @Allowed.EnforcementOfficers
    public InspectionPlan publishResults(long id, Integer expectedVersion) {
        InspectionPlan plan = lockVisible(id);
        StaleVersionException.check(expectedVersion, plan.version(), PLAN, id);
        PlanFacts f = facts(plan);
        PlanProcedure.PROCEDURE.next(Step.PUBLISH_RESULTS, f);
        PlanRecord record = records.findById(id).orElseThrow();
        record.published(f.today(), OffsetDateTime.now(clock));
        save(record);
        audit.changed(PLAN, id, "publish-results", Map.of("status", plan.status()),
                Map.of("status", PlanStatus.PUBLISHED, "publishedOn", f.today()));
        return store.plan(id).orElseThrow();
    }

    // ----- the public side -----

    /** Drawn plans, newest first, for the portal. */
    @Transactional(readOnly = true)
    public List<PublishedDraw> publishedDraws() {
        return store.drawn().stream().map(this::published).toList();
    }

    /** A drawn plan as published: enough to repeat the draw; results once published. */
    @Transactional(readOnly = true)
    public PublishedDraw publishedDraw(long id) {
        InspectionPlan p = store.plan(id).filter(x -> x.status() != PlanStatus.PLANNED)
                .orElseThrow(() -> new NotFoundException(PLAN, id));
        return published(p);
    }

    /** Repeats a draw from published pools and seed (anyone may, through the API). */
    public RandomDraw.Result recompute(RecomputeRequest r) {
        if (!RandomDraw.ALGORITHM.equals(r.algorithm())) {
            throw InvalidInputException.field("algorithm", "inspections.recompute.algorithm", RandomDraw.ALGORITHM);
        }
        try {
            return RandomDraw.draw(r.seed(), r.objectPool().stream().map(e -> new RandomDraw.Entry(e.id(), e.label()))
                    .toList(), r.inspectorPool().stream().map(e -> new RandomDraw.Entry(e.id(), e.label())).toList(),
                    r.count());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.field("objectPool", "inspections.recompute.invalid", e.getMessage());
        }
    }

    private PublishedDraw published(InspectionPlan p) {
        InspectionItem item = store.item(p.itemId()).orElseThrow();
        String agency = agencies.find(p.agencyId()).map(Agency::name).orElse("");
        boolean results = p.status() == PlanStatus.PUBLISHED;
        List<PublishedDraw.PublicTask> tasks = new ArrayList<>();
        for (InspectionTask t : store.tasks(p.id())) {
            tasks.add(new PublishedDraw.PublicTask(t.seqNo(), t.objectId(), t.objectName(), t.inspectorA(),
                    t.inspectorB(), t.inspectorAName() + "、" + t.inspectorBName(), results ? t.result() : null,
                    results ? t.finding() : null, results ? t.inspectedOn() : null));
        }
        return new PublishedDraw(p.id(), p.title(), agency, item.name(), item.basis(), p.startsOn(), p.endsOn(),
                p.algorithm(), p.seed(), p.objectCount() == null ? 0 : p.objectCount(), p.objectPoolDigest(),
                p.inspectorPoolDigest(), p.resultDigest(), p.drawnOn(), store.poolOf(p.id(), InspectionStore.OBJECTS),
                store.poolOf(p.id(), InspectionStore.INSPECTORS), tasks, p.publishedOn());
    }

    // ----- helpers -----

    private PlanFacts facts(InspectionPlan p) {
        InspectionItem item = store.item(p.itemId()).orElseThrow();
        LocalDate today = LocalDate.now(clock);
        boolean carries = Actor.currentHasAnyRole(Role.ENFORCEMENT_OFFICER.name()) && scope.canSee(p.unitId());
        int objectPool = p.status() == PlanStatus.PLANNED ? store.roster(p.unitId(), item.objectType()).size()
                : store.poolOf(p.id(), InspectionStore.OBJECTS).size();
        int inspectorPool = p.status() == PlanStatus.PLANNED ? officers.validOfficers(p.agencyId(), today).size()
                : store.poolOf(p.id(), InspectionStore.INSPECTORS).size();
        int toDraw = p.objectCount() != null ? p.objectCount() : byRatio(objectPool, item.ratioPercent());
        long pending = store.tasks(p.id()).stream().filter(t -> t.result() == null).count();
        int minimum = rules.threshold(InspectionRules.TWO_OFFICERS, today, p.unitId()).intValueExact();
        return new PlanFacts(p, item, carries, objectPool, inspectorPool, toDraw, pending, minimum, today);
    }

    /** The item's ratio of the pool, rounded up, at least one. */
    static int byRatio(int pool, BigDecimal ratioPercent) {
        if (pool == 0) {
            return 0;
        }
        int n = BigDecimal.valueOf(pool).multiply(ratioPercent).divide(BigDecimal.valueOf(100), 0, RoundingMode.CEILING)
                .intValueExact();
        return Math.max(1, Math.min(pool, n));
    }

    private List<RandomDraw.Entry> objectPool(InspectionPlan plan, InspectionItem item) {
        return store.roster(plan.unitId(), item.objectType()).stream().map(o -> new RandomDraw.Entry(o.id(), o.label()))
                .toList();
    }

    private List<RandomDraw.Entry> inspectorPool(InspectionPlan plan, LocalDate on) {
        List<RandomDraw.Entry> pool = new ArrayList<>();
        for (Officer o : officers.validOfficers(plan.agencyId(), on)) {
            pool.add(new RandomDraw.Entry(o.id(), o.name() + " " + o.certificateNo()));
        }
        return pool;
    }

    private InspectionPlan visible(long id) {
        InspectionPlan p = store.plan(id).orElseThrow(() -> new NotFoundException(PLAN, id));
        if (!scope.canSee(p.unitId())) {
            throw new NotFoundException(PLAN, id);
        }
        return p;
    }

    private InspectionPlan lockVisible(long id) {
        InspectionPlan p = store.lockPlan(id).orElseThrow(() -> new NotFoundException(PLAN, id));
        if (!scope.canSee(p.unitId())) {
            throw new NotFoundException(PLAN, id);
        }
        return p;
    }

    private long unitOf(Long requested) {
        Long unit = requested != null ? requested : Actor.current().unitId();
        if (unit == null) {
            throw InvalidInputException.field("unitId", "inspections.unit-required");
        }
        scope.require(unit, "unit", unit);
        return unit;
    }

    private void save(PlanRecord record) {
        try {
            records.save(record);
        } catch (DbActionExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }
}
