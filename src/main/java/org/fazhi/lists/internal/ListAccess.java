package org.fazhi.lists.internal;

import org.fazhi.lists.ItemList;
import org.fazhi.lists.ListVersion;
import org.fazhi.review.LegalityReviews;
import org.fazhi.shared.NotFoundException;
import org.fazhi.units.DataScope;
import org.springframework.stereotype.Component;

/**
 * Who may see a list in the console: the scope of the list's unit (the unit itself and the units above
 * it), and the scope of a review desk a version was submitted to (the desk reads the version it
 * reviews). Everyone else gets 404; the public reads published versions on the portal. Also says
 * whether the actor acts for the list's unit (the gates read that).
 */
@Component
public class ListAccess {

    private final ListStore store;
    private final DataScope scope;
    private final LegalityReviews reviews;

    ListAccess(ListStore store, DataScope scope, LegalityReviews reviews) {
        this.store = store;
        this.scope = scope;
        this.reviews = reviews;
    }

    public ItemList requireList(long id) {
        ItemList l = store.list(id).orElseThrow(() -> new NotFoundException("item-list", id));
        if (!scope.canSee(l.unitId())) {
            throw new NotFoundException("item-list", id);
        }
        return l;
    }

    public boolean visible(ListVersion v) {
        return scope.canSee(v.unitId()) || reviews.forSubject(ListVersion.SUBJECT.ref(v.id())).stream()
                .anyMatch(r -> scope.canSee(r.deskUnitId()));
    }

    public ListVersion requireVisible(long id) {
        ListVersion v = store.version(id).orElseThrow(() -> notFound(id));
        if (!visible(v)) {
            throw notFound(id);
        }
        return v;
    }

    /** The version, its row locked for a step, if the actor may see it; else 404. */
    public ListVersion lockVisible(long id) {
        ListVersion v = store.lock(id).orElseThrow(() -> notFound(id));
        if (!visible(v)) {
            throw notFound(id);
        }
        return v;
    }

    /** Whether the actor acts for the list's unit (its own unit or one above it). */
    public boolean keeps(ListVersion v) {
        return scope.canSee(v.unitId());
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException(ListVersion.SUBJECT.name(), id);
    }
}
