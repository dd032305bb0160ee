package org.fazhi.search;

import java.util.Map;

/**
 * A search: free text (words separated by spaces must all match), the record type, exact facet
 * filters, whether only public records count, and paging.
 */
public record SearchQuery(String text, String type, Map<String, String> filters, boolean publicOnly, int page,
        int size) {

    public static final int MAX_TEXT = 200;

    public SearchQuery {
        filters = filters == null ? Map.of() : Map.copyOf(filters);
    }
}
