package org.fazhi.rules;

/** Which number of a rule a period is taken from. */
public enum RuleTerm {
    /** The rule's amount (ND-02: at least 5 working days; GI-01: 20 working days). */
    AMOUNT,
    /** The upper bound of a range (ND-02: at most 15 working days). */
    MAX_AMOUNT,
    /**
     * The approved extension (GI-01: a further 20 working days). Read alone it is the extension's own
     * length; a due date "with the extension" is the amount followed by the extension
     * ({@code WorkingCalendar.dueExtended}).
     */
    EXTENSION,
    /**
     * The second value the rule sets for a named class of cases ({@link Rule#alternateScope()}): TS-01 7
     * working days for 行政许可 and 行政处罚 decisions; GI-06 31 March for a government's own report.
     */
    ALTERNATE
}
