package org.fazhi.units;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.fazhi.audit.AuditLog;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.NotFoundException;
import org.fazhi.shared.PageQuery;
import org.fazhi.shared.PageResult;
import org.fazhi.shared.web.Allowed;
import org.fazhi.units.internal.UnitStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The unit tree. Reads by other modules ({@link #find}, {@link #name}) are unscoped look-ups of a
 * name; everything a user browses goes through the data scope.
 */
@Service
@Transactional
@Validated
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

    /**
     * The active units of {@code unitId}'s subtree in tree order, unscoped: the public names of the
     * agencies under a government (a citizen names the agency an application is against on the portal).
     * Empty for an unknown unit.
     */
    @Transactional(readOnly = true)
    public List<Unit> activeSubtree(long unitId) {
        return store.find(unitId).map(u -> treeOrder(store.subtree(u.path()).stream().filter(Unit::active).toList()))
                .orElse(List.of());
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

    /**
     * Every unit the actor may see in tree order: a parent before its children, siblings by sort
     * order, then name. The top of the list is the actor's own unit.
     */
    @Transactional(readOnly = true)
    public List<Unit> visibleTree() {
        return treeOrder(scope.visibleUnits());
    }

    /**
     * Visible units whose code or name contains {@code q} (all when blank), optionally only the
     * subtree of {@code rootId} (404 if outside the scope), in tree order, a page at a time.
     */
    @Transactional(readOnly = true)
    public PageResult<Unit> search(String q, Long rootId, PageQuery page) {
        List<Unit> units = visibleTree();
        if (rootId != null) {
            Unit root = get(rootId);
            units = units.stream().filter(u -> u.isWithin(root)).toList();
        }
        if (q != null && !q.isBlank()) {
            String needle = q.strip().toLowerCase(Locale.ROOT);
            units = units.stream().filter(u -> u.code().toLowerCase(Locale.ROOT).contains(needle)
                    || u.name().toLowerCase(Locale.ROOT).contains(needle)).toList();
        }
        int from = (int) Math.min(units.size(), page.offset());
        int to = Math.min(units.size(), from + page.size());
        return new PageResult<>(units.subList(from, to), page.page(), page.size(), units.size());
    }

    /** The units of a list in tree order (parents first, siblings by sort order and name). */
    static List<Unit> treeOrder(List<Unit> units) {
        Set<Long> ids = units.stream().map(Unit::id).collect(Collectors.toSet());
        Map<Long, List<Unit>> children = new HashMap<>();
        List<Unit> roots = new ArrayList<>();
        Comparator<Unit> siblings = Comparator.comparingInt(Unit::sortOrder).thenComparing(Unit::name)
                .thenComparing(Unit::id);
        for (Unit u : units) {
            if (u.parentId() != null && ids.contains(u.parentId())) {
                children.computeIfAbsent(u.parentId(), k -> new ArrayList<>()).add(u);
            } else {
                roots.add(u);
            }
        }
        List<Unit> ordered = new ArrayList<>(units.size());
        java.util.Deque<Unit> stack = new java.util.ArrayDeque<>();
        roots.stream().sorted(siblings.reversed()).forEach(stack::push);
        while (!stack.isEmpty()) {
            Unit u = stack.pop();
            ordered.add(u);
            children.getOrDefault(u.id(), List.of()).stream().sorted(siblings.reversed()).forEach(stack::push);
        }
        return ordered;
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

    /**
     * The chain of units from the root down to {@code id} (inclusive), whatever the actor's scope: the
     * names of the bodies above a unit are public organisation facts that a record may need to name
     * (e.g. whom a document is filed with). Empty for an unknown unit.
     */
    @Transactional(readOnly = true)
    public List<Unit> lineageOf(long id) {
        return store.find(id).map(unit -> {
            List<Long> ids = java.util.Arrays.stream(unit.path().split("/")).filter(s -> !s.isEmpty())
                    .map(Long::valueOf).toList();
            java.util.Map<Long, Unit> byId = new java.util.HashMap<>();
            store.byIds(ids).forEach(u -> byId.put(u.id(), u));
            return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
        }).orElse(List.of());
    }

    @Allowed.ConfigKeepers
    public Unit create(@jakarta.validation.Valid UnitDraft draft) {
        if (draft.parentId() == null) {
            throw InvalidInputException.field("parentId", "unit.parent.required");
        }
        Unit parent = get(draft.parentId());
        requireUniqueCode(draft.code(), null);
        requireLevelBelow(parent, draft.level());
        Unit created = store.insert(parent, draft.code().strip(), draft.name().strip(), draft.kind(), draft.level(),
                draft.sortOrder() == null ? 0 : draft.sortOrder());
        audit.created(ENTITY, created.id(), created);
        return created;
    }

    @Allowed.ConfigKeepers
    public Unit update(long id, @jakarta.validation.Valid UnitDraft draft) {
        Unit before = get(id);
        requireUniqueCode(draft.code(), id);
        if (draft.parentId() != null && !draft.parentId().equals(before.parentId())) {
            throw InvalidInputException.field("parentId", "unit.parent.immutable");
        }
        if (before.parentId() != null) {
            store.find(before.parentId()).ifPresent(parent -> requireLevelBelow(parent, draft.level()));
        }
        if (store.children(id).stream().anyMatch(c -> c.level().ordinal() < draft.level().ordinal())) {
            throw InvalidInputException.field("level", "unit.level.below-children");
        }
        store.update(id, draft.code().strip(), draft.name().strip(), draft.kind(), draft.level(),
                draft.sortOrder() == null ? before.sortOrder() : draft.sortOrder(),
                draft.active() == null ? before.active() : draft.active());
        Unit after = store.find(id).orElseThrow();
        audit.changed(ENTITY, id, before, after);
        return after;
    }

    /** A unit sits at its parent's administrative level or below it, never above. */
    private static void requireLevelBelow(Unit parent, UnitLevel level) {
        if (level.ordinal() < parent.level().ordinal()) {
            throw InvalidInputException.field("level", "unit.level.above-parent");
        }
    }

    private void requireUniqueCode(String code, Long self) {
        store.findByCode(code.strip()).filter(u -> !u.id().equals(self)).ifPresent(u -> {
            throw new InvalidInputException(409, "duplicate", "problem.invalid-input",
                    List.of(new InvalidInputException.FieldProblem("code", "unit.code.duplicate", new Object[] {code})));
        });
    }
}
