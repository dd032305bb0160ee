package org.fazhi.disclosure;

/** Where a disclosure request stands. */
public enum RequestStatus {
    /** Received (or its 补正 received): the reply clock runs (GI-01). */
    PROCESSING,
    /** The one-time 补正 notice went out: the clock waits for the applicant's 补正 and restarts on it (GI-02). */
    AWAITING_CORRECTION,
    /** A third party or another agency is consulted: the clock is paused (GI-03). */
    CONSULTING,
    /** Answered with one of the reply types of GI-04. */
    REPLIED
}
