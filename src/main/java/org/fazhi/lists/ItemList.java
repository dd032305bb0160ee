package org.fazhi.lists;

import java.time.Instant;

/** A unit's list of one kind; its content lives in its versions. */
public record ItemList(long id, long unitId, ListKind kind, Instant createdAt) {

    /** The module that owns the lists. */
    public static final String MODULE = "lists";
}
