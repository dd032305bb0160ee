package org.fazhi.decisions;

/** Where a government meeting stands. */
public enum MeetingStatus {
    /** Convened: topics are put on the agenda and reviewed. */
    PLANNED,
    /** Held: the attendance is recorded; each topic's deliberation is recorded. */
    HELD,
    /** Closed: every topic reviewed and decided (or taken off the agenda). */
    CLOSED,
    /** Called off before it was held. */
    CANCELLED
}
