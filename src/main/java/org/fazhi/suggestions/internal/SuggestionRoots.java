package org.fazhi.suggestions.internal;

import java.util.Optional;
import org.springframework.data.repository.Repository;

/** Suggestions as aggregate roots; a step locks the row through {@link SuggestionsStore#lock} first. */
public interface SuggestionRoots extends Repository<SuggestionRecord, Long> {

    SuggestionRecord save(SuggestionRecord suggestion);

    Optional<SuggestionRecord> findById(Long id);
}
