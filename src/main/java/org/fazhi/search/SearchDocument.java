package org.fazhi.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One searchable record. {@code key} is unique across the index (e.g. "normative-document:12");
 * {@code numbers} are identifiers searched exactly and as text (文号, 登记号); {@code facets} are
 * exact-match filter values (issuing body, year, validity); {@code publicVisible} records may be
 * shown on the portal; {@code date} sorts lists without a query.
 */
public record SearchDocument(String key, String type, String title, String body, List<String> numbers,
        Map<String, String> facets, boolean publicVisible, LocalDate date) {

    public SearchDocument {
        numbers = List.copyOf(numbers);
        facets = Map.copyOf(facets);
    }
}
