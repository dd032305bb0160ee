package org.fazhi.search;

import java.util.function.Consumer;

/** A module that can hand every searchable record of one type to the index, for a rebuild. */
public interface SearchSource {

    String type();

    void forEach(Consumer<SearchDocument> sink);
}
