package org.fazhi.normdocs;

import java.time.LocalDate;

/**
 * One step of a published document's validity history: in force from publication (or as imported),
 * each completed cleanup campaign's verdict on it, and a change outside a campaign (repeal, expiry
 * of the period). {@code validity} is the validity after the step.
 */
public record ValidityEvent(LocalDate on, Validity validity, Kind kind, String campaign, CleanupVerdict verdict,
        String reason) {

    /** What moved the validity. */
    public enum Kind {
        PUBLISHED,
        IMPORTED,
        CLEANUP,
        CHANGED
    }
}
