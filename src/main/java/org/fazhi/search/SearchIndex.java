package org.fazhi.search;

/** The full-text index. Writes are durable when they return; searches see them at once. */
public interface SearchIndex {

    void put(SearchDocument document);

    void delete(String key);

    SearchResult search(SearchQuery query);

    /** Drops every record of {@code type} and reloads it from its source; returns the count. */
    int rebuild(String type);

    long count(String type);

    /** The record types that can be rebuilt (one per {@link SearchSource}). */
    java.util.List<String> types();
}
