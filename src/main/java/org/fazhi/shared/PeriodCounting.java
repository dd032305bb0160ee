package org.fazhi.shared;

/** Which way a statutory period is counted from its date. */
public enum PeriodCounting {
    /**
     * Forward from a start event, the start day not counted (民法典 Art. 201, 民事诉讼法 Art. 85): "within
     * 20 working days of receipt" ends on the 20th working day after the day of receipt.
     */
    FORWARD,
    /**
     * Back from a later event, the event day not counted: "materials 7 days before the hearing" (MD-03)
     * gives the last day on which the act can still be done, 7 days before the hearing day.
     */
    BACKWARD,
    /**
     * A term that runs from its first day, that day counted (有效期): "valid for 5 years from 施行日
     * 2026-03-02" ends on 2031-03-01.
     */
    TERM
}
