package org.fazhi.deadlines;

/** Where a tracked deadline stands. */
public enum DeadlineStatus {
    OPEN,
    /** Stopped, e.g. waiting for a third party; the paused days do not count. */
    PAUSED,
    /** Open with an approved extension. */
    EXTENDED,
    MET,
    /** Past due and not met (set by the daily scan, or on reading). */
    OVERDUE,
    /** The subject was withdrawn; no longer tracked. */
    CANCELLED;

    public boolean isActive() {
        return this == OPEN || this == PAUSED || this == EXTENDED || this == OVERDUE;
    }
}
