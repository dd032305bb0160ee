package org.fazhi.reconsideration;

import java.util.List;
import java.util.Map;
import org.fazhi.audit.AuditLog;
import org.fazhi.reconsideration.internal.BodyStore;
import org.fazhi.reconsideration.internal.CaseSteps;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.NotFoundException;
import org.fazhi.shared.web.Allowed;
import org.fazhi.units.DataScope;
import org.fazhi.units.Unit;
import org.fazhi.units.Units;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reconsideration bodies (行政复议机关) and the units that handle their cases (行政复议机构), kept
 * by the 法治办: a body takes cases against the agencies below it (行政复议法第二十四条).
 */
@Service
@Transactional
public class ReconsiderationBodies {

    static final String ENTITY = "reconsideration-body";

    private final BodyStore bodies;
    private final CaseSteps steps;
    private final DataScope scope;
    private final Units units;
    private final AuditLog audit;

    ReconsiderationBodies(BodyStore bodies, CaseSteps steps, DataScope scope, Units units, AuditLog audit) {
        this.bodies = bodies;
        this.steps = steps;
        this.scope = scope;
        this.units = units;
        this.audit = audit;
    }

    /** Every active body (their names are public: the portal lists them). */
    @Transactional(readOnly = true)
    public List<ReconsiderationBody> active() {
        return bodies.all().stream().filter(ReconsiderationBody::active).toList();
    }

    /** The bodies whose cases the actor's units handle. */
    @Transactional(readOnly = true)
    public List<ReconsiderationBody> handledByActor() {
        return active().stream().filter(b -> scope.canSee(b.handlingUnitId())).toList();
    }

    @Transactional(readOnly = true)
    public ReconsiderationBody get(long id) {
        return bodies.find(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    /**
     * A body of a government handled by a unit of its subtree that lies in the actor's scope (the
     * 法治办 of the government, or its justice bureau, registers the body its office works for).
     */
    @Allowed.ConfigKeepers
    public ReconsiderationBody add(ReconsiderationBodyRequest r) {
        scope.require(r.handlingUnitId(), "unit", r.handlingUnitId());
        units.find(r.unitId()).orElseThrow(() -> InvalidInputException.field("unitId", "reconsideration.body.unit"));
        Unit handling = units.find(r.handlingUnitId())
                .orElseThrow(() -> InvalidInputException.field("handlingUnitId", "reconsideration.body.handling-unit"));
        if (!handling.path().contains("/" + r.unitId() + "/")) {
            throw InvalidInputException.field("handlingUnitId", "reconsideration.body.handling-unit");
        }
        String name = r.name().strip();
        if (bodies.findByName(name).isPresent()) {
            throw InvalidInputException.field("name", "reconsideration.body.name-taken", name);
        }
        long id = bodies.insert(r.unitId(), handling.id(), name, steps.now());
        audit.created(ENTITY, id, Map.of("unitId", r.unitId(), "handlingUnitId", handling.id(), "name", name));
        return bodies.find(id).orElseThrow();
    }
}
