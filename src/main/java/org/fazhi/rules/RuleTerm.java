package org.fazhi.rules;

/** Which number of a rule a period is taken from. */
public enum RuleTerm {
    /** The rule's amount (ND-02: at least 5 working days; GI-01: 20 working days). */
    AMOUNT,
    /** The upper bound of a range (ND-02: at most 15 working days). */
    MAX_AMOUNT,
    /** The extension (GI-01: a further 20 working days). */
    EXTENSION
}
