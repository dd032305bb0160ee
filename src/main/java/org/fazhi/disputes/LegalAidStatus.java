package org.fazhi.disputes;

/** Where a legal-aid application stands. */
public enum LegalAidStatus {
    APPLIED,
    GRANTED,
    REFUSED,
    CLOSED
}
