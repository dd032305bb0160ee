package org.fazhi.participation;

/** Where a consultation window stands. */
public enum ConsultationStatus {
    /** Taking comments (through its closing day). */
    OPEN,
    /** Closed; its dispositions are published once answered. */
    CLOSED,
    /** The owner's procedure was stopped (终止): no longer public. */
    WITHDRAWN
}
