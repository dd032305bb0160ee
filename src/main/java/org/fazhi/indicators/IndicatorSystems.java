package org.fazhi.indicators;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fazhi.audit.AuditLog;
import org.fazhi.indicators.internal.IndicatorStore;
import org.fazhi.rules.RulesCatalog;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.NotFoundException;
import org.fazhi.shared.RefusedException;
import org.fazhi.shared.StaleVersionException;
import org.fazhi.shared.web.Allowed;
import org.fazhi.units.DataScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The indicator systems: every overseer reads them all (they are published standards, not records of a
 * unit); the shipped ones are read-only, and a locality's 法治办 copies one for a year and adapts its copy
 * (weights, targets, scoring, the metric an indicator is scored from). Every change is audited.
 */
@Service
@Transactional
public class IndicatorSystems {

    /** A system with its areas and indicators. */
    public record SystemTree(IndicatorSystem system, List<IndicatorArea> areas, List<Indicator> indicators) {

        public List<Indicator> of(IndicatorArea area) {
            return indicators.stream().filter(i -> i.areaId() == area.id()).toList();
        }

        public java.math.BigDecimal totalWeight() {
            return indicators.stream().map(Indicator::weight).reduce(java.math.BigDecimal.ZERO,
                    java.math.BigDecimal::add);
        }
    }

    /** The shipped system used for a year no locality made its own copy for. */
    public static final String DEFAULT_CODE = "demonstration";

    private final IndicatorStore store;
    private final DataScope scope;
    private final RulesCatalog rules;
    private final AuditLog audit;

    IndicatorSystems(IndicatorStore store, DataScope scope, RulesCatalog rules, AuditLog audit) {
        this.store = store;
        this.scope = scope;
        this.rules = rules;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    @Allowed.Overseers
    public List<IndicatorSystem> all() {
        return store.systems();
    }

    @Transactional(readOnly = true)
    @Allowed.Overseers
    public SystemTree tree(long id) {
        return treeOf(id);
    }

    /** Read without a role check, for the module's own services (assessment, dashboard). */
    public SystemTree treeOf(long id) {
        IndicatorSystem s = store.system(id).orElseThrow(() -> new NotFoundException(IndicatorSystem.SUBJECT.name(), id));
        return new SystemTree(s, store.areas(id), store.indicators(id));
    }

    /**
     * The system a year is assessed against: the newest copy made for that year by a unit the reader can
     * see or one above it, else the shipped demonstration system.
     */
    @Transactional(readOnly = true)
    public IndicatorSystem forYear(int year, Long unitId) {
        Optional<IndicatorSystem> own = store.systems().stream()
                .filter(s -> !s.shipped() && s.year() != null && s.year() == year)
                .filter(s -> s.ownerUnitId() == null || scope.canSee(s.ownerUnitId()) || unitId != null
                        && scope.canSee(unitId) && unitId.equals(s.ownerUnitId()))
                .max(java.util.Comparator.comparingLong(IndicatorSystem::id));
        return own.orElseGet(() -> store.systemByCode(DEFAULT_CODE).orElseThrow());
    }

    /** Copies a system, areas and indicators, for the reader's unit and a year. */
    @Allowed.RuleOfLawOffice
    public IndicatorSystem copy(long fromId, CopyRequest r) {
        SystemTree from = treeOf(fromId);
        if (store.systemByCode(r.code()).isPresent()) {
            throw InvalidInputException.field("code", "indicators.code.taken", r.code());
        }
        Long unit = scope.homeUnitId();
        long id = store.insertSystem(r.code(), r.name().strip(), r.year(), fromId, unit, from.system().source(), false);
        Map<Long, Long> areas = new LinkedHashMap<>();
        for (IndicatorArea a : from.areas()) {
            areas.put(a.id(), store.insertArea(id, a.seq(), a.title()));
        }
        for (Indicator i : from.indicators()) {
            store.insertIndicator(id, areas.get(i.areaId()), i.seq(), i.code(), i.title(), i.metricId(), i.ruleId(),
                    i.comparison(), i.target(), i.weight(), i.scoring(), i.deductPerPoint());
        }
        audit.created(IndicatorSystem.SUBJECT.name(), id, Map.of("code", r.code(), "name", r.name().strip(), "year",
                r.year(), "basedOn", fromId, "ownerUnitId", unit == null ? "" : unit));
        return store.system(id).orElseThrow();
    }

    /** Adapts an indicator of a locality's copy; the shipped systems are copied, not changed (409). */
    @Allowed.RuleOfLawOffice
    public Indicator update(long indicatorId, IndicatorRequest r) {
        Indicator before = store.indicator(indicatorId)
                .orElseThrow(() -> new NotFoundException(Indicator.SUBJECT.name(), indicatorId));
        IndicatorSystem system = editable(before.systemId(), Indicator.SUBJECT.name(), indicatorId, r.version());
        String metric = blank(r.metricId());
        String rule = blank(r.ruleId());
        if (rule != null && rules.find(rule).isEmpty()) {
            throw InvalidInputException.field("ruleId", "indicators.rule.unknown", rule);
        }
        if (r.scoring() == ScoringFunction.DEDUCT_PER_POINT && r.deductPerPoint() == null) {
            throw InvalidInputException.field("deductPerPoint", "indicators.deduct.required");
        }
        store.updateIndicator(indicatorId, r.title().strip(), metric, rule, r.comparison(), r.target(), r.weight(),
                r.scoring(), r.deductPerPoint());
        store.touch(system.id());
        Indicator after = store.indicator(indicatorId).orElseThrow();
        audit.changed(Indicator.SUBJECT.name(), indicatorId, before, after);
        return after;
    }

    /** Renames an area (一级指标) of a locality's copy; the shipped systems are copied, not changed (409). */
    @Allowed.RuleOfLawOffice
    public IndicatorArea renameArea(long areaId, AreaRequest r) {
        IndicatorArea before = store.area(areaId).orElseThrow(() -> new NotFoundException(AREA, areaId));
        IndicatorSystem system = editable(before.systemId(), AREA, areaId, r.version());
        store.updateArea(areaId, r.title().strip());
        store.touch(system.id());
        IndicatorArea after = store.area(areaId).orElseThrow();
        audit.changed(AREA, areaId, before, after);
        return after;
    }

    /** The audit's name for an area of a system. */
    static final String AREA = "indicator-area";

    /** The system of a change, locked: a locality's copy within the reader's scope, at the version the change saw. */
    private IndicatorSystem editable(long systemId, String subject, long subjectId, Integer version) {
        IndicatorSystem system = store.lock(systemId).orElseThrow();
        if (system.shipped()) {
            throw new RefusedException("shipped-system", "indicators.refused.shipped-system");
        }
        if (system.ownerUnitId() != null) {
            scope.require(system.ownerUnitId(), subject, subjectId);
        }
        StaleVersionException.check(version, system.version(), IndicatorSystem.SUBJECT.name(), system.id());
        return system;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
