package org.fazhi.lists;

import org.fazhi.lists.internal.ListFacts;
import org.fazhi.lists.internal.ListFactsReader;
import org.fazhi.lists.internal.ListStore;
import org.fazhi.participation.ConsultationKind;
import org.fazhi.participation.PublicConsultations;
import org.fazhi.shared.PageQuery;
import org.fazhi.shared.PageResult;
import org.fazhi.units.Units;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads a version's page in one call: one scope check, one transaction ({@link ListOverview}). */
@Service
@Transactional(readOnly = true)
public class ListOverviews {

    private final ListFactsReader facts;
    private final ListGuide guide;
    private final ListStore store;
    private final Units units;
    private final PublicConsultations participation;

    ListOverviews(ListFactsReader facts, ListGuide guide, ListStore store, Units units,
            PublicConsultations participation) {
        this.facts = facts;
        this.guide = guide;
        this.store = store;
        this.units = units;
        this.participation = participation;
    }

    /** The page of a version the actor may see (404 otherwise), with one page of its items. */
    public ListOverview of(long versionId, String q, PageQuery page) {
        ListFacts f = facts.read(versionId);
        ListVersion v = f.version();
        String needle = q == null || q.isBlank() ? null : q.strip();
        PageResult<ListEntry> entries = new PageResult<>(store.entries(versionId, needle, page.size(), page.offset()),
                page.page(), page.size(), store.countEntries(versionId, needle));
        return new ListOverview(store.list(v.listId()).orElseThrow(), units.name(v.unitId()), v, guide.of(f), entries,
                needle, f.consultations(), f.undisposed(), participation.earliestClose(ConsultationKind.LIST_ADJUSTMENT,
                        f.today()), f.reviews(), store.versions(v.listId()),
                store.inForce(v.listId(), f.today()).orElse(null), f.today());
    }
}
