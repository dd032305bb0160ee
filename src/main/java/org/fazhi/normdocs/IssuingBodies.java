package org.fazhi.normdocs;

import org.fazhi.shared.web.Allowed;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.fazhi.audit.AuditLog;
import org.fazhi.normdocs.internal.IssuingBodyStore;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.NotFoundException;
import org.fazhi.units.DataScope;
import org.fazhi.units.Units;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The list of issuing bodies (制定主体清单, seed 002: 54 after cleanup) and the registering offices
 * that number their documents. Only a listed, active body may start a document.
 */
@Service
@Transactional
public class IssuingBodies {

    static final String ENTITY = "issuing-body";

    /** Listing a body: its unit, name, document-number prefix (e.g. 示政发) and registering office unit. */
    public record BodyRequest(@NotNull Long unitId, @NotBlank @Size(max = 100) String name,
            @NotBlank @Size(max = 20) @Pattern(regexp = "[^〔〕\\s]{1,20}", message = "{normdocs.body.prefix.pattern}")
            String docNumberPrefix, @NotNull Long registeringUnitId) {
    }

    private final IssuingBodyStore store;
    private final DataScope scope;
    private final AuditLog audit;
    private final Units units;
    private final Clock clock;

    IssuingBodies(IssuingBodyStore store, DataScope scope, AuditLog audit, Units units, Clock clock) {
        this.store = store;
        this.scope = scope;
        this.audit = audit;
        this.units = units;
        this.clock = clock;
    }

    /** Bodies the actor may see (their unit in scope), active first. */
    @Transactional(readOnly = true)
    public List<IssuingBody> visible() {
        return store.ofUnits(scope.visibleUnitIds());
    }

    /**
     * The active bodies in whose name the actor may start a document: those of the actor's unit and
     * of the units above it (a department drafts for the county government), and those of the units
     * in the actor's scope.
     */
    @Transactional(readOnly = true)
    public List<IssuingBody> forDrafting() {
        java.util.Set<Long> unitIds = new java.util.HashSet<>(scope.visibleUnitIds());
        Long home = scope.homeUnitId();
        if (home != null) {
            units.find(home).ifPresent(u -> java.util.Arrays.stream(u.path().split("/")).filter(p -> !p.isEmpty())
                    .map(Long::valueOf).forEach(unitIds::add));
        }
        return store.ofUnits(unitIds).stream().filter(IssuingBody::active).toList();
    }

    /** Every body, for the public catalog's filter. */
    @Transactional(readOnly = true)
    public List<IssuingBody> all() {
        return store.all();
    }

    @Transactional(readOnly = true)
    public IssuingBody get(long id) {
        IssuingBody b = store.find(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
        if (!scope.canSee(b.unitId())) {
            throw new NotFoundException(ENTITY, id);
        }
        return b;
    }

    /** The body's name for display beside a document the caller may see. */
    @Transactional(readOnly = true)
    public String name(long id) {
        return store.find(id).map(IssuingBody::name).orElse("");
    }

    @Allowed.ConfigKeepers
    public IssuingBody add(BodyRequest r) {
        scope.require(r.unitId(), "unit", r.unitId());
        scope.require(r.registeringUnitId(), "unit", r.registeringUnitId());
        if (store.officePrefix(r.registeringUnitId()).isEmpty()) {
            throw InvalidInputException.field("registeringUnitId", "normdocs.body.no-office");
        }
        if (store.findByName(r.name().strip()).isPresent()) {
            throw InvalidInputException.field("name", "normdocs.body.duplicate", r.name().strip());
        }
        long id = store.insert(r.unitId(), r.name().strip(), r.docNumberPrefix().strip(), r.registeringUnitId(),
                LocalDate.now(clock));
        IssuingBody created = store.find(id).orElseThrow();
        audit.created(ENTITY, id, created);
        return created;
    }

    @Allowed.ConfigKeepers
    public IssuingBody delist(long id) {
        IssuingBody before = get(id);
        store.delist(id, LocalDate.now(clock));
        IssuingBody after = store.find(id).orElseThrow();
        audit.changed(ENTITY, id, "delist", before, after);
        return after;
    }

    @Allowed.ConfigKeepers
    public IssuingBody relist(long id) {
        IssuingBody before = get(id);
        store.relist(id, LocalDate.now(clock));
        IssuingBody after = store.find(id).orElseThrow();
        audit.changed(ENTITY, id, "relist", before, after);
        return after;
    }

    /** The registering offices (unit id → registration-number prefix), e.g. for the body form. */
    @Transactional(readOnly = true)
    public Map<Long, String> offices() {
        Map<Long, String> offices = new java.util.LinkedHashMap<>();
        store.offices().forEach(u -> store.officePrefix(u).ifPresent(p -> offices.put(u, p)));
        return offices;
    }

    /** Sets up a registering office (统一登记机关) with its registration-number prefix. */
    @Allowed.ConfigKeepers
    public void registerOffice(long unitId, String prefix) {
        scope.require(unitId, "unit", unitId);
        if (prefix == null || !prefix.strip().matches("[A-Z]{2,12}")) {
            throw InvalidInputException.field("prefix", "normdocs.office.prefix.pattern");
        }
        if (store.officePrefix(unitId).isPresent()) {
            throw InvalidInputException.field("unitId", "normdocs.office.exists");
        }
        store.insertOffice(unitId, prefix.strip());
        audit.created("registering-office", unitId, Map.of("prefix", prefix.strip()));
    }
}
