package org.fazhi.decisions;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An amendment of a published catalog (目录调整): the version it made, what it did to which item, why,
 * the party committee's approval of it, the item before and after, and who recorded it when.
 */
public record CatalogAmendment(Long id, Long catalogId, int versionNo, AmendmentKind kind, Long itemId, String reason,
        String approvedBy, String approvalRef, LocalDate approvedOn, String before, String after, Long recordedBy,
        Instant recordedAt) {

    /** What an amendment does. */
    public enum AmendmentKind {
        ADD,
        CHANGE,
        REMOVE
    }
}
