package org.fazhi.units;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fazhi.audit.AuditLog;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.NotFoundException;
import org.fazhi.units.internal.UnitStore;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The unit tree. Reads by other modules ({@link #find}, {@link #name}) are unscoped look-ups of a
 * name; everything a user browses goes through the data scope.
 */
@Service
@Transactional
public class Units {

    static final String ENTITY = "unit";

    private final UnitStore store;
    private final DataScope scope;
    private final AuditLog audit;

    Units(UnitStore store, DataScope scope, AuditLog audit) {
        this.store = store;
        this.scope = scope;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public Optional<Unit> find(Long id) {
        return id == null ? Optional.empty() : store.find(id);
    }

    /** A unit by its code (demo data, imports). */
    @Transactional(readOnly = true)
    public Optional<Unit> findByCode(String code) {
        return code == null ? Optional.empty() : store.findByCode(code.strip());
    }

    /** The unit's name, for display beside a record the caller may already see. */
    @Transactional(readOnly = true)
    public String name(Long id) {
        return find(id).map(Unit::name).orElse("");
    }

    /** Names of many units at once, for lists. */
    @Transactional(readOnly = true)
    public Map<Long, String> names(java.util.Collection<Long> ids) {
        Map<Long, String> names = new LinkedHashMap<>();
        store.byIds(ids).forEach(u -> names.put(u.id(), u.name()));
        return names;
    }

    /** A unit the actor may see, else 404. */
    @Transactional(readOnly = true)
    public Unit get(long id) {
        scope.require(id, ENTITY, id);
        return store.find(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    /** Every unit the actor may see, in tree order. */
    @Transactional(readOnly = true)
    public List<Unit> visible() {
        return scope.visibleUnits();
    }

    @Transactional(readOnly = true)
    public List<Unit> children(long id) {
        get(id);
        return store.children(id);
    }

    /** The ancestors of a visible unit, root first, limited to those the actor may see. */
    @Transactional(readOnly = true)
    public List<Unit> pathOf(long id) {
        Unit unit = get(id);
        List<Long> ids = java.util.Arrays.stream(unit.path().split("/")).filter(s -> !s.isEmpty())
                .map(Long::valueOf).filter(scope::canSee).toList();
        return store.byIds(ids);
    }

    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN','RULE_OF_LAW_OFFICE')")
    public Unit create(UnitDraft draft) {
        if (draft.parentId() == null) {
            throw InvalidInputException.field("parentId", "unit.parent.required");
        }
        Unit parent = get(draft.parentId());
        requireUniqueCode(draft.code(), null);
        Unit created = store.insert(parent, draft.code().strip(), draft.name().strip(), draft.kind(), draft.level(),
                draft.sortOrder() == null ? 0 : draft.sortOrder());
        audit.created(ENTITY, created.id(), created);
        return created;
    }

    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN','RULE_OF_LAW_OFFICE')")
    public Unit update(long id, UnitDraft draft) {
        Unit before = get(id);
        requireUniqueCode(draft.code(), id);
        if (draft.parentId() != null && !draft.parentId().equals(before.parentId())) {
            throw InvalidInputException.field("parentId", "unit.parent.immutable");
        }
        store.update(id, draft.code().strip(), draft.name().strip(), draft.kind(), draft.level(),
                draft.sortOrder() == null ? before.sortOrder() : draft.sortOrder(),
                draft.active() == null ? before.active() : draft.active());
        Unit after = store.find(id).orElseThrow();
        audit.changed(ENTITY, id, before, after);
        return after;
    }

    private void requireUniqueCode(String code, Long self) {
        store.findByCode(code.strip()).filter(u -> !u.id().equals(self)).ifPresent(u -> {
            throw new InvalidInputException(409, "duplicate", "problem.invalid-input",
                    List.of(new InvalidInputException.FieldProblem("code", "unit.code.duplicate", new Object[] {code})));
        });
    }
}
