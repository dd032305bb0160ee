package org.fazhi.decisions;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.fazhi.audit.AuditLog;
import org.fazhi.decisions.internal.ExpertStore;
import org.fazhi.shared.Actor;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.NotFoundException;
import org.fazhi.shared.web.Allowed;
import org.fazhi.units.DataScope;
import org.fazhi.units.Unit;
import org.fazhi.units.Units;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The expert register (专家库, MD-04): kept by a unit (a government keeps one; its departments use it),
 * each expert with their fields, employer and the interests they declared. Whether an expert has a
 * direct interest in a decision ({@link #conflict}) is read from those declarations against the
 * parties the decision names.
 */
@Service
@Transactional
public class Experts {

    static final String ENTITY = "decision-expert";

    private final ExpertStore store;
    private final DataScope scope;
    private final Units units;
    private final AuditLog audit;

    Experts(ExpertStore store, DataScope scope, Units units, AuditLog audit) {
        this.store = store;
        this.scope = scope;
        this.units = units;
        this.audit = audit;
    }

    @Allowed.Drafters
    public Expert add(ExpertRequest r) {
        long unitId = r.unitId() != null ? r.unitId() : home();
        if (!scope.canSee(unitId)) {
            throw InvalidInputException.field("unitId", "decisions.unit.outside-scope");
        }
        long id = store.addExpert(unitId, r, Actor.current().userId());
        Expert e = store.expert(id).orElseThrow();
        audit.created(ENTITY, id, describe(e));
        return e;
    }

    @Allowed.Drafters
    public Expert update(long id, ExpertRequest r) {
        Expert before = kept(id);
        store.updateExpert(id, r);
        Expert after = store.expert(id).orElseThrow();
        audit.changed(ENTITY, id, "update", describe(before), describe(after));
        return after;
    }

    /** Takes an expert off the register (or back on); past opinions stay. */
    @Allowed.Drafters
    public Expert setActive(long id, boolean active) {
        Expert before = kept(id);
        store.setActive(id, active);
        audit.changed(ENTITY, id, "active", Map.of("active", before.active()), Map.of("active", active));
        return store.expert(id).orElseThrow();
    }

    /** The experts of the registers the actor may use: of their units, and of the units above them. */
    @Transactional(readOnly = true)
    @Allowed.ProcedureReaders
    public List<Expert> list() {
        Set<Long> registers = new HashSet<>(scope.visibleUnitIds());
        registers.addAll(above(Actor.current().unitId()));
        return store.experts(registers);
    }

    @Transactional(readOnly = true)
    @Allowed.ProcedureReaders
    public Expert get(long id) {
        return store.expert(id).filter(e -> usable(e.unitId()))
                .orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    /** The active experts a decision may draw on: the registers of its units and of the units above them. */
    @Transactional(readOnly = true)
    public List<Expert> usableFor(MajorDecision d) {
        Set<Long> registers = new HashSet<>(above(d.unitId()));
        registers.addAll(above(d.decidingUnitId()));
        return store.experts(registers).stream().filter(Expert::active).toList();
    }

    /**
     * The party an expert has a direct interest in among a decision's interested parties: the employer
     * or a declared interest names it (or the other way round), ignoring spaces and case.
     */
    public static Optional<String> conflict(Expert e, List<String> interestedParties) {
        List<String> own = new java.util.ArrayList<>(e.interests());
        own.add(e.employer());
        for (String party : interestedParties) {
            String p = norm(party);
            if (p.length() < 2) {
                continue;
            }
            for (String interest : own) {
                String i = norm(interest);
                if (i.length() >= 2 && (i.contains(p) || p.contains(i))) {
                    return Optional.of(party.strip());
                }
            }
        }
        return Optional.empty();
    }

    private static String norm(String s) {
        return s == null ? "" : s.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }

    private Expert kept(long id) {
        return store.expert(id).filter(e -> scope.canSee(e.unitId()))
                .orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    private boolean usable(long registerUnit) {
        return scope.canSee(registerUnit) || above(Actor.current().unitId()).contains(registerUnit);
    }

    /** A unit and every unit above it (from its path). */
    private Set<Long> above(Long unitId) {
        Set<Long> out = new HashSet<>();
        if (unitId == null) {
            return out;
        }
        Optional<Unit> u = units.find(unitId);
        u.ifPresent(x -> {
            for (String part : x.path().split("/")) {
                if (!part.isBlank()) {
                    out.add(Long.valueOf(part));
                }
            }
        });
        return out;
    }

    private static Map<String, Object> describe(Expert e) {
        return Map.of("name", e.name(), "fields", e.fields(), "employer", e.employer(), "interests", e.interests(),
                "unitId", e.unitId(), "active", e.active());
    }

    private static long home() {
        Long unit = Actor.current().unitId();
        if (unit == null) {
            throw InvalidInputException.field("unitId", "decisions.unit.required");
        }
        return unit;
    }
}
