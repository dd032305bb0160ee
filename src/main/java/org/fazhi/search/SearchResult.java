package org.fazhi.search;

import java.util.List;

/** A page of hits with the total number of matches and the time the search took. */
public record SearchResult(List<SearchHit> hits, long total, int page, int size, long tookMicros) {

    public SearchResult {
        hits = List.copyOf(hits);
    }
}
