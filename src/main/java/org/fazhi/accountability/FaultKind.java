package org.fazhi.accountability;

/**
 * What the fault was: an enforcement fault (执法过错), an act corrected on reconsideration, a suit lost,
 * a statutory or assigned duty not done in time, a complaint found true, or another 行政过错.
 */
public enum FaultKind {
    ENFORCEMENT_FAULT, CORRECTED_ON_RECONSIDERATION, SUIT_LOST, OVERDUE_DUTY, COMPLAINT_SUBSTANTIATED, OTHER
}
