package org.fazhi.search;

import java.time.LocalDate;
import java.util.Map;

/**
 * One hit: the record's key and type, the title and a body snippet as HTML-escaped text in which
 * matches are wrapped in {@code <mark>}, its score and facets.
 */
public record SearchHit(String key, String type, String title, String titleHtml, String snippetHtml, float score,
        Map<String, String> facets, LocalDate date) {

    public SearchHit {
        facets = Map.copyOf(facets);
    }

    /** The record id after the type prefix of the key. */
    public String id() {
        int i = key.lastIndexOf(':');
        return i < 0 ? key : key.substring(i + 1);
    }
}
