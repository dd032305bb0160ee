package org.fazhi.lists;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.fazhi.lists.internal.ListStore;
import org.fazhi.shared.NotFoundException;
import org.fazhi.shared.PageQuery;
import org.fazhi.shared.PageResult;
import org.fazhi.units.Units;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lists as the public reads them (portal and public API): published versions only, with the
 * version in force today, the history of published versions and their comparison. Nothing of an
 * adjustment on its way, nor internal remarks (why no participation was held, why one was withdrawn).
 */
@Service
@Transactional(readOnly = true)
public class PublicLists {

    /** A published version as the public reads it. */
    public record PublicVersion(long id, long listId, int versionNo, LocalDate effectiveDate, LocalDate publishedOn,
            int itemCount, String reason, boolean imported) {

        static PublicVersion of(ListVersion v) {
            return new PublicVersion(v.id(), v.listId(), v.versionNo(), v.effectiveDate(), v.publishedOn(),
                    v.itemCount(), v.reason(), v.imported());
        }
    }

    /** A published list: its unit, kind, the version in force today (null before the first takes effect) and its history, newest first. */
    public record PublicList(long id, long unitId, String unit, ListKind kind, PublicVersion inForce,
            List<PublicVersion> history) {

        public PublicList {
            history = List.copyOf(history);
        }
    }

    /** Two published versions compared item by item. */
    public record PublicDiff(PublicVersion from, PublicVersion to, List<ListEntry> added, List<ListEntry> removed,
            List<ListDiff.Changed> changed, int unchanged) {
    }

    private final ListStore store;
    private final Units units;
    private final Clock clock;

    PublicLists(ListStore store, Units units, Clock clock) {
        this.store = store;
        this.units = units;
        this.clock = clock;
    }

    /** The published lists (of one kind, or all when null), by unit. */
    public List<PublicList> lists(ListKind kind) {
        List<ItemList> lists = store.publishedLists(kind);
        Map<Long, String> names = units.names(lists.stream().map(ItemList::unitId).distinct().toList());
        List<PublicList> out = new ArrayList<>();
        for (ItemList l : lists) {
            out.add(view(l, names.getOrDefault(l.unitId(), "")));
        }
        out.sort(Comparator.comparing(PublicList::unit).thenComparing(PublicList::kind));
        return out;
    }

    /** One published list with its history; 404 when it has no published version. */
    public PublicList list(long id) {
        ItemList l = store.list(id).orElseThrow(() -> new NotFoundException("item-list", id));
        PublicList view = view(l, units.name(l.unitId()));
        if (view.history().isEmpty()) {
            throw new NotFoundException("item-list", id);
        }
        return view;
    }

    /** One published version (404 for any other). */
    public PublicVersion version(long versionId) {
        return PublicVersion.of(published(versionId));
    }

    /** A page of a published version's items whose code or name contains {@code q}. */
    public PageResult<ListEntry> entries(long versionId, String q, PageQuery page) {
        published(versionId);
        String needle = q == null || q.isBlank() ? null : q.strip();
        return new PageResult<>(store.entries(versionId, needle, page.size(), page.offset()), page.page(),
                page.size(), store.countEntries(versionId, needle));
    }

    /** Every item of a published version (for the download). */
    public List<ListEntry> allEntries(long versionId) {
        published(versionId);
        return store.entries(versionId);
    }

    /** Two published versions of a list compared (by default the latest against the one before it). */
    public PublicDiff compare(long listId, Long fromVersionId, Long toVersionId) {
        list(listId);
        List<ListVersion> published = new ArrayList<>(store.publishedVersions(listId));
        published.sort(Comparator.comparingInt(ListVersion::versionNo).reversed());
        ListDiff d = Lists.compareVersions(store, listId, fromVersionId, toVersionId, published);
        return new PublicDiff(PublicVersion.of(d.from()), PublicVersion.of(d.to()), d.added(), d.removed(),
                d.changed(), d.unchanged());
    }

    /** Names of units (the implementing units an item names). */
    public Map<Long, String> unitNames(java.util.Collection<Long> ids) {
        return units.names(ids);
    }

    private ListVersion published(long versionId) {
        return store.version(versionId).filter(ListVersion::published)
                .orElseThrow(() -> new NotFoundException(ListVersion.SUBJECT.name(), versionId));
    }

    private PublicList view(ItemList l, String unit) {
        List<ListVersion> published = store.publishedVersions(l.id());
        List<PublicVersion> history = new ArrayList<>(published.stream().map(PublicVersion::of).toList());
        history.sort(Comparator.comparingInt(PublicVersion::versionNo).reversed());
        PublicVersion inForce = store.inForce(l.id(), LocalDate.now(clock)).map(PublicVersion::of).orElse(null);
        return new PublicList(l.id(), l.unitId(), unit, l.kind(), inForce, history);
    }
}
