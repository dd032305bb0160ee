package org.fazhi.review;

/** Where a review request stands. */
public enum ReviewStatus {
    /** Received by the desk; the clock runs. */
    SUBMITTED,
    /** The desk asked for more materials; the clock is paused. */
    AWAITING_MATERIALS,
    CONCLUDED,
    /** Withdrawn by the submitting unit. */
    WITHDRAWN;

    public boolean isOpen() {
        return this == SUBMITTED || this == AWAITING_MATERIALS;
    }
}
