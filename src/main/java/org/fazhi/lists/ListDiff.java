package org.fazhi.lists;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Two versions of one list compared item by item (by the item's identity, i.e. its code within the
 * list): the items only in the later version (added), only in the earlier one (removed), in both with
 * different fields (changed, field by field), and how many are the same.
 */
public record ListDiff(ListVersion from, ListVersion to, List<ListEntry> added, List<ListEntry> removed,
        List<Changed> changed, int unchanged) {

    public ListDiff {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        changed = List.copyOf(changed);
    }

    /** An item in both versions whose fields differ. */
    public record Changed(ListEntry before, ListEntry after, List<Change> changes) {

        public Changed {
            changes = List.copyOf(changes);
        }
    }

    /** One field of an item: its name ({@link ListEntry#FIELDS}) and the two values. */
    public record Change(String field, Object before, Object after) {
    }

    /** Compares the entries of {@code from} with those of {@code to}, in the order of {@code to} (removed: of {@code from}). */
    public static ListDiff of(ListVersion from, List<ListEntry> a, ListVersion to, List<ListEntry> b) {
        Map<Long, ListEntry> before = new LinkedHashMap<>();
        a.forEach(e -> before.put(e.itemId(), e));
        Map<Long, ListEntry> after = new LinkedHashMap<>();
        b.forEach(e -> after.put(e.itemId(), e));
        List<ListEntry> added = new ArrayList<>();
        List<Changed> changed = new ArrayList<>();
        int same = 0;
        for (ListEntry e : b) {
            ListEntry old = before.get(e.itemId());
            if (old == null) {
                added.add(e);
            } else if (old.sameAs(e)) {
                same++;
            } else {
                changed.add(new Changed(old, e, changes(old, e)));
            }
        }
        List<ListEntry> removed = a.stream().filter(e -> !after.containsKey(e.itemId())).toList();
        return new ListDiff(from, to, added, removed, changed, same);
    }

    /** The fields that differ between two statements of one item. */
    public static List<Change> changes(ListEntry old, ListEntry now) {
        Map<String, Object> x = old.values();
        Map<String, Object> y = now.values();
        List<Change> changes = new ArrayList<>();
        for (String f : ListEntry.FIELDS) {
            if (!Objects.equals(x.get(f), y.get(f))) {
                changes.add(new Change(f, x.get(f), y.get(f)));
            }
        }
        return changes;
    }

    /** Whether the two versions state the same items the same way. */
    public boolean identical() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }
}
