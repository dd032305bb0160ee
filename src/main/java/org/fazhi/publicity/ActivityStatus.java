package org.fazhi.publicity;

/** Where a publicity activity stands. */
public enum ActivityStatus {
    /** Planned by the unit, not yet public. */
    PLANNED,
    /** On the portal's public calendar. */
    ANNOUNCED,
    /** Held, with its reach recorded. */
    HELD,
    /** Called off, with the reason. */
    CANCELLED
}
