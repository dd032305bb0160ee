package org.fazhi.search;

/**
 * This instance's index applied changes made through other instances ({@link SearchChanges}):
 * whatever this instance keeps of public pages is stale and is dropped.
 */
public record SearchIndexFollowed(int changes) {
}
