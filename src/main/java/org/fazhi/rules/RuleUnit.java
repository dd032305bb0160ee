package org.fazhi.rules;

/** The unit of a rule's amount. */
public enum RuleUnit {
    WORKING_DAYS,
    CALENDAR_DAYS,
    MONTHS,
    PERCENT,
    COUNT,
    /** A fixed date in the year (e.g. 01-31); {@link Rule#fixedDate()} holds MM-DD. */
    FIXED_DATE,
    /** A rule without a number (a duty, a procedure step). */
    NONE
}
