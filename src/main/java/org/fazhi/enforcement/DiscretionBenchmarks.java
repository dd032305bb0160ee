package org.fazhi.enforcement;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.fazhi.audit.AuditLog;
import org.fazhi.enforcement.internal.BenchmarkStore;
import org.fazhi.enforcement.internal.UnitChain;
import org.fazhi.shared.Actor;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.NotFoundException;
import org.fazhi.shared.RefusedException;
import org.fazhi.shared.web.Allowed;
import org.fazhi.units.DataScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Discretion benchmarks (裁量基准) as dated, versioned tables per violation, and the first-offence
 * and minor-offence lists (PN-02). A unit sets them for its subtree; the one in force on the case date
 * set by the case's unit or the nearest unit above it applies. A new version never edits an old one:
 * it ends the previous version the day before it takes effect. Both are public (PN-03: 裁量基准应当向
 * 社会公布).
 */
@Service
@Transactional
public class DiscretionBenchmarks {

    private final BenchmarkStore store;
    private final UnitChain chain;
    private final DataScope scope;
    private final AuditLog audit;
    private final Clock clock;

    DiscretionBenchmarks(BenchmarkStore store, UnitChain chain, DataScope scope, AuditLog audit, Clock clock) {
        this.store = store;
        this.chain = chain;
        this.scope = scope;
        this.audit = audit;
        this.clock = clock;
    }

    // ----- reading -----

    /** Every version the actor's units work under: set by a unit in the scope or above the actor's unit. */
    @Transactional(readOnly = true)
    @Allowed.Staff
    public List<DiscretionBenchmark> list() {
        return store.ofUnits(applicableUnits());
    }

    @Transactional(readOnly = true)
    @Allowed.Staff
    public DiscretionBenchmark get(long id) {
        return store.find(id).filter(b -> applicableUnits().contains(b.unitId()))
                .orElseThrow(() -> new NotFoundException("discretion-benchmark", id));
    }

    /** The benchmark that applies to a case of {@code unitId} on {@code date}: the nearest unit's version in force. */
    @Transactional(readOnly = true)
    public Optional<DiscretionBenchmark> applicable(long unitId, String violationCode, LocalDate date) {
        if (violationCode == null) {
            return Optional.empty();
        }
        List<Long> upwards = chain.upwards(unitId);
        List<DiscretionBenchmark> found = store.inForce(upwards, violationCode, date);
        for (Long u : upwards) {
            Optional<DiscretionBenchmark> b = found.stream().filter(x -> x.unitId().equals(u)).findFirst();
            if (b.isPresent()) {
                return b;
            }
        }
        return Optional.empty();
    }

    /** A proposed penalty against the applicable benchmark: none, within the level's range, or a deviation. */
    @Transactional(readOnly = true)
    public BenchmarkCheck check(long unitId, String violationCode, LocalDate date, Circumstance circumstance,
            PenaltyType type, BigDecimal amount) {
        Optional<DiscretionBenchmark> b = applicable(unitId, violationCode, date);
        if (b.isEmpty()) {
            return new BenchmarkCheck(BenchmarkCheck.Verdict.NO_BENCHMARK, null, null);
        }
        Optional<BenchmarkLevel> level = circumstance == null ? Optional.empty() : b.get().level(circumstance);
        boolean within = level.isPresent() && level.get().covers(type, amount);
        return new BenchmarkCheck(within ? BenchmarkCheck.Verdict.WITHIN : BenchmarkCheck.Verdict.DEVIATES, b.get(),
                level.orElse(null));
    }

    /** The first-offence or minor-offence item whose conditions the case's findings meet, if any. */
    @Transactional(readOnly = true)
    public Optional<ExemptionItem> matchingExemption(long unitId, String violationCode, LocalDate date,
            boolean firstOffence, Harm harm, boolean corrected) {
        if (violationCode == null) {
            return Optional.empty();
        }
        List<Long> upwards = chain.upwards(unitId);
        List<ExemptionItem> items = store.exemptionsInForce(upwards, violationCode, date);
        for (Long u : upwards) {
            for (ExemptionList list : List.of(ExemptionList.MINOR, ExemptionList.FIRST_OFFENCE)) {
                Optional<ExemptionItem> hit = items.stream().filter(i -> i.unitId().equals(u) && i.list() == list
                        && i.met(firstOffence, harm, corrected)).findFirst();
                if (hit.isPresent()) {
                    return hit;
                }
            }
        }
        return Optional.empty();
    }

    @Transactional(readOnly = true)
    public Optional<DiscretionBenchmark> find(long id) {
        return store.find(id);
    }

    @Transactional(readOnly = true)
    public Optional<ExemptionItem> findExemption(long id) {
        return store.exemption(id);
    }

    @Transactional(readOnly = true)
    @Allowed.Staff
    public List<ExemptionItem> exemptions() {
        return store.exemptions(applicableUnits());
    }

    /** Benchmarks in force today, for the portal. */
    @Transactional(readOnly = true)
    public List<DiscretionBenchmark> publicBenchmarks() {
        return store.inForceOn(LocalDate.now(clock));
    }

    /** List items in force today, for the portal. */
    @Transactional(readOnly = true)
    public List<ExemptionItem> publicExemptions() {
        return store.exemptionsInForceOn(LocalDate.now(clock));
    }

    // ----- setting them -----

    /**
     * Sets a new version for a violation: in force from a date after the current version's start
     * (which ends the day before); each circumstance once; money ranges with min ≤ max.
     */
    @Allowed.Officers
    public DiscretionBenchmark publish(BenchmarkRequest r) {
        long unitId = unitOf(r.unitId());
        String code = r.violationCode().strip();
        Set<Circumstance> seen = EnumSet.noneOf(Circumstance.class);
        for (int i = 0; i < r.levels().size(); i++) {
            BenchmarkRequest.Level l = r.levels().get(i);
            if (!seen.add(l.circumstance())) {
                throw InvalidInputException.field("levels", "enforcement.benchmark.level-twice", l.circumstance());
            }
            if (l.penaltyType().monetary() && (l.minAmount() == null || l.maxAmount() == null)) {
                throw InvalidInputException.field("levels", "enforcement.benchmark.range-required", i + 1);
            }
            if (l.minAmount() != null && l.maxAmount() != null && l.minAmount().compareTo(l.maxAmount()) > 0) {
                throw InvalidInputException.field("levels", "enforcement.benchmark.range-order", i + 1);
            }
        }
        List<DiscretionBenchmark> versions = store.versions(unitId, code);
        int versionNo = 1;
        if (!versions.isEmpty()) {
            DiscretionBenchmark current = versions.get(0);
            if (!r.effectiveFrom().isAfter(current.effectiveFrom())) {
                throw InvalidInputException.field("effectiveFrom", "enforcement.benchmark.not-after-current",
                        current.effectiveFrom());
            }
            versionNo = current.versionNo() + 1;
            LocalDate last = r.effectiveFrom().minusDays(1);
            if (current.effectiveTo() == null || current.effectiveTo().isAfter(last)) {
                store.end(current.id(), last);
                audit.changed("discretion-benchmark", current.id(), "superseded",
                        Map.of("effectiveTo", String.valueOf(current.effectiveTo())), Map.of("effectiveTo", last));
            }
        }
        List<BenchmarkLevel> levels = r.levels().stream().map(l -> new BenchmarkLevel(l.circumstance(),
                l.description().strip(), l.penaltyType(), l.minAmount(), l.maxAmount())).toList();
        long id = store.insert(unitId, code, r.violationName().strip(), r.legalReference().strip(), versionNo,
                r.effectiveFrom(), Actor.current().userId(), levels);
        DiscretionBenchmark created = store.find(id).orElseThrow();
        audit.created("discretion-benchmark", id, created);
        return created;
    }

    /** Adds an item to the first-offence or minor-offence list of a unit. */
    @Allowed.Officers
    public ExemptionItem addExemption(ExemptionRequest r) {
        long unitId = unitOf(r.unitId());
        long id = store.insertExemption(unitId, r.list(), r.violationCode().strip(), r.description().strip(),
                r.conditions().strip(), r.legalReference().strip(), r.effectiveFrom());
        ExemptionItem created = store.exemption(id).orElseThrow();
        audit.created("exemption-item", id, created);
        return created;
    }

    /** Ends a list item (its last day in force). */
    @Allowed.Officers
    public ExemptionItem endExemption(long id, LocalDate lastDay) {
        ExemptionItem before = store.exemption(id).filter(i -> scope.canSee(i.unitId()))
                .orElseThrow(() -> new NotFoundException("exemption-item", id));
        if (before.effectiveTo() != null) {
            throw new RefusedException("already-ended", "enforcement.refused.exemption-ended");
        }
        LocalDate last = lastDay == null ? LocalDate.now(clock) : lastDay;
        if (last.isBefore(before.effectiveFrom())) {
            throw InvalidInputException.field("lastDay", "enforcement.date.before-start", before.effectiveFrom());
        }
        store.endExemption(id, last);
        ExemptionItem after = store.exemption(id).orElseThrow();
        audit.changed("exemption-item", id, before, after);
        return after;
    }

    private long unitOf(Long requested) {
        Long unit = requested != null ? requested : Actor.current().unitId();
        if (unit == null) {
            throw InvalidInputException.field("unitId", "enforcement.agency.unit-required");
        }
        scope.require(unit, "unit", unit);
        return unit;
    }

    private Set<Long> applicableUnits() {
        Set<Long> units = new HashSet<>(scope.visibleUnitIds());
        Long home = Actor.current().unitId();
        if (home != null) {
            units.addAll(chain.upwards(home));
        }
        return units;
    }
}
