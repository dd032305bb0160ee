package org.fazhi.suggestions.internal;

import java.util.List;
import java.util.Optional;
import org.fazhi.files.FileOwner;
import org.fazhi.files.StoredFile;
import org.springframework.stereotype.Component;

/**
 * Who may read an answer document (SECURITY.md AC-04, AC-06): whoever may see the suggestion it answers
 * (the coordinating, lead and co-units); once the answer is published, the file is public through the store.
 */
@Component
class SuggestionFiles implements FileOwner {

    private final SuggestionsStore store;
    private final SuggestionAccess access;

    SuggestionFiles(SuggestionsStore store, SuggestionAccess access) {
        this.store = store;
        this.access = access;
    }

    @Override
    public Optional<Boolean> mayRead(StoredFile file) {
        List<Long> heldBy = store.holdersOf(file.id());
        if (heldBy.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(heldBy.stream().anyMatch(id -> store.find(id).map(access::visible).orElse(false)));
    }
}
