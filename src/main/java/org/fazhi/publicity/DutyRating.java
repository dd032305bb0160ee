package org.fazhi.publicity;

/** The result of the yearly review of an agency's performance of its list (履职评议). */
public enum DutyRating {
    EXCELLENT,
    GOOD,
    PASS,
    FAIL
}
