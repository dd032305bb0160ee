package org.fazhi.search;

/**
 * The index's change log in the database. A module whose searchable record changed calls
 * {@link #changed(String)} with the record's key inside the transaction that changed it, so the row
 * commits (or rolls back) with the change. Every instance polls the log and re-reads each record
 * from its {@link SearchSource} into its own index: a record changed through one instance is found
 * by every other instance's search within a few seconds, whatever any instance holds in memory.
 */
public interface SearchChanges {

    /** Logs that the searchable record with this key changed (joins the caller's transaction). */
    void changed(String key);
}
