package org.fazhi.lists;

import java.time.LocalDate;

/** A version of a list was published (in force from {@code effectiveDate}); enforcement may react. */
public record ListPublished(long listId, long versionId, long unitId, ListKind kind, LocalDate effectiveDate) {
}
