package org.fazhi.lists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.fazhi.lists.internal.ListStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The powers of the published 权责清单 (power and responsibility lists), for other modules: an
 * enforcement case names the power item it exercises, and the agency must hold it on the day. Only
 * published versions count, and they are public, so these reads are not limited to the caller's data
 * scope. An item keeps its id across the versions of its list.
 *
 * <p>This is a stable API: its methods and {@link PowerItem} keep their names and meaning.
 */
@Service
@Transactional(readOnly = true)
public class PowerItems {

    private final ListStore store;

    PowerItems(ListStore store) {
        this.store = store;
    }

    /**
     * The power item as the latest published version carrying it states it, with the period it is in
     * force; empty when no published version of a power list carries it.
     */
    public Optional<PowerItem> find(long id) {
        return store.listOfItem(id).flatMap(listId -> store.list(listId)).filter(l -> l.kind() == ListKind.POWER)
                .flatMap(list -> {
                    List<ListVersion> published = store.publishedVersions(list.id());
                    Map<Long, Set<Long>> members = store.membership(ids(published), List.of(id));
                    for (int i = published.size() - 1; i >= 0; i--) {
                        if (members.getOrDefault(published.get(i).id(), Set.of()).contains(id)) {
                            return item(list, published, members, i, id);
                        }
                    }
                    return Optional.empty();
                });
    }

    /** The power item as the version in force on {@code on} states it; empty when it is not in force that day. */
    public Optional<PowerItem> find(long id, LocalDate on) {
        return store.listOfItem(id).flatMap(listId -> store.list(listId)).filter(l -> l.kind() == ListKind.POWER)
                .flatMap(list -> {
                    List<ListVersion> published = store.publishedVersions(list.id());
                    int i = indexInForce(published, on);
                    if (i < 0) {
                        return Optional.empty();
                    }
                    Map<Long, Set<Long>> members = store.membership(ids(published), List.of(id));
                    if (!members.getOrDefault(published.get(i).id(), Set.of()).contains(id)) {
                        return Optional.empty();
                    }
                    return item(list, published, members, i, id);
                });
    }

    /** Whether the item is in force on {@code on}. */
    public boolean inForceOn(long id, LocalDate on) {
        return find(id, on).isPresent();
    }

    /** The power items that {@code unitId} exercises (its 实施主体) in the versions in force on {@code on}. */
    public List<PowerItem> inForce(long unitId, LocalDate on) {
        return inForce(unitId, on, null);
    }

    /** As {@link #inForce(long, LocalDate)}, of one type only (e.g. {@link PowerType#PENALTY}); null: every type. */
    public List<PowerItem> inForce(long unitId, LocalDate on, PowerType type) {
        List<ItemList> lists = store.publishedLists(ListKind.POWER);
        Map<Long, ItemList> byId = new LinkedHashMap<>();
        lists.forEach(l -> byId.put(l.id(), l));
        Map<Long, List<ListVersion>> publishedByList = new LinkedHashMap<>();
        for (ListVersion v : store.publishedVersions(byId.keySet())) {
            publishedByList.computeIfAbsent(v.listId(), k -> new ArrayList<>()).add(v);
        }
        Map<Long, Integer> inForceIndex = new LinkedHashMap<>();
        List<Long> versionIds = new ArrayList<>();
        publishedByList.forEach((listId, published) -> {
            int i = indexInForce(published, on);
            if (i >= 0) {
                inForceIndex.put(listId, i);
                versionIds.add(published.get(i).id());
            }
        });
        List<Map.Entry<Long, ListEntry>> entries = store.entriesOfUnit(versionIds, unitId).stream()
                .filter(e -> type == null || e.getValue().powerType() == type).toList();
        if (entries.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> listOfVersion = new LinkedHashMap<>();
        publishedByList.forEach((listId, published) -> published.forEach(v -> listOfVersion.put(v.id(), listId)));
        Set<Long> itemIds = new HashSet<>();
        entries.forEach(e -> itemIds.add(e.getValue().itemId()));
        Map<Long, Set<Long>> members = store.membership(listOfVersion.keySet(), itemIds);
        List<PowerItem> items = new ArrayList<>();
        for (Map.Entry<Long, ListEntry> e : entries) {
            long listId = listOfVersion.get(e.getKey());
            List<ListVersion> published = publishedByList.get(listId);
            items.add(powerItem(byId.get(listId), published, members, inForceIndex.get(listId), e.getValue()));
        }
        return items;
    }

    private Optional<PowerItem> item(ItemList list, List<ListVersion> published, Map<Long, Set<Long>> members,
            int index, long itemId) {
        return store.entry(published.get(index).id(), itemId)
                .map(e -> powerItem(list, published, members, index, e));
    }

    /** The item as version {@code index} states it, in force over the unbroken run of versions carrying it. */
    private static PowerItem powerItem(ItemList list, List<ListVersion> published, Map<Long, Set<Long>> members,
            int index, ListEntry e) {
        int first = index;
        while (first > 0 && members.getOrDefault(published.get(first - 1).id(), Set.of()).contains(e.itemId())) {
            first--;
        }
        int last = index;
        while (last + 1 < published.size()
                && members.getOrDefault(published.get(last + 1).id(), Set.of()).contains(e.itemId())) {
            last++;
        }
        LocalDate until = last + 1 < published.size() ? published.get(last + 1).effectiveDate() : null;
        long unit = e.implementingUnitId() == null ? list.unitId() : e.implementingUnitId();
        return new PowerItem(e.itemId(), list.id(), list.unitId(), unit, e.code(), e.name(), e.powerType(),
                e.basisLaw(), e.basisArticle(), published.get(first).effectiveDate(), until);
    }

    /** The index of the version in force on {@code on} among published versions by effective date; -1 if none. */
    private static int indexInForce(List<ListVersion> published, LocalDate on) {
        int found = -1;
        for (int i = 0; i < published.size(); i++) {
            if (!published.get(i).effectiveDate().isAfter(on)) {
                found = i;
            }
        }
        return found;
    }

    private static List<Long> ids(List<ListVersion> versions) {
        return versions.stream().map(ListVersion::id).toList();
    }
}
