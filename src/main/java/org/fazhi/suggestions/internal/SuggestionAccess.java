package org.fazhi.suggestions.internal;

import java.util.List;
import org.fazhi.shared.NotFoundException;
import org.fazhi.suggestions.Suggestion;
import org.fazhi.units.DataScope;
import org.springframework.stereotype.Component;

/**
 * Who may see a suggestion: the coordinating unit's scope (its subtree), the lead unit and the co-units.
 * Everyone else gets 404.
 */
@Component
public class SuggestionAccess {

    private final SuggestionsStore store;
    private final DataScope scope;

    SuggestionAccess(SuggestionsStore store, DataScope scope) {
        this.store = store;
        this.scope = scope;
    }

    public Suggestion require(long id) {
        Suggestion s = store.find(id).orElseThrow(() -> notFound(id));
        if (!visible(s)) {
            throw notFound(id);
        }
        return s;
    }

    public Suggestion lock(long id) {
        Suggestion s = store.lock(id).orElseThrow(() -> notFound(id));
        if (!visible(s)) {
            throw notFound(id);
        }
        return s;
    }

    public boolean visible(Suggestion s) {
        return scope.canSee(s.coordinatorUnitId()) || scope.canSee(s.leadUnitId())
                || store.coUnits(s.id()).stream().anyMatch(scope::canSee);
    }

    /** The co-units of the suggestion within the caller's scope. */
    public List<Long> coUnitsInScope(Suggestion s) {
        return store.coUnits(s.id()).stream().filter(scope::canSee).toList();
    }

    public boolean canSee(Long unitId) {
        return scope.canSee(unitId);
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException(Suggestion.SUBJECT.name(), id);
    }
}
