package org.fazhi.disputes;

/** What the parties did with their right to apply for judicial confirmation (PM-01). */
public enum ConfirmationOutcome {
    /** They applied to the court together within the window. */
    APPLIED,
    /** They stated they will not apply. */
    NOT_APPLYING
}
