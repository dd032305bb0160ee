package org.fazhi.accountability;

import java.util.Optional;

/**
 * Implemented by a module for the records of its own that can cause accountability (a suit, a
 * reconsideration case, a ticket, a deadline): {@link #find} answers the record only when the current
 * actor may see it, so a record of another unit cannot be named.
 */
public interface AccountabilitySource {

    /** The subject type this source answers for, e.g. {@code litigation-case}. */
    String subjectType();

    Optional<Source> find(long id);

    /** The record as accountability links to it: its unit, its title in words and its console page. */
    record Source(String subjectType, long id, long unitId, String title, String link) {
    }
}
