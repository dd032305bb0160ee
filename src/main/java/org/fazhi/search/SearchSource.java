package org.fazhi.search;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * A module that can hand every searchable record of one type to the index, for a rebuild, and one
 * record by its key, for a change logged through {@link SearchChanges}.
 */
public interface SearchSource {

    String type();

    void forEach(Consumer<SearchDocument> sink);

    /**
     * The record with this key as the index should hold it now; empty when it is not to be indexed
     * (no longer published, removed, or no such record). This default walks {@link #forEach}; a
     * source with more than a few records reads the one record instead.
     */
    default Optional<SearchDocument> document(String key) {
        java.util.concurrent.atomic.AtomicReference<SearchDocument> found = new java.util.concurrent.atomic.AtomicReference<>();
        forEach(d -> {
            if (d.key().equals(key)) {
                found.set(d);
            }
        });
        return Optional.ofNullable(found.get());
    }
}
