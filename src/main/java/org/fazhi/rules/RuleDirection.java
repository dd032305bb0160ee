package org.fazhi.rules;

import java.math.BigDecimal;

/**
 * Which way a locality may move a number of a rule. Nobody may loosen a rule set above them: a
 * locality's value is refused when it is looser than the national value or the value a higher unit
 * set, and a value in force is always the strictest of those that apply.
 */
public enum RuleDirection {
    /** A limit binding the authority (GI-01: reply within 20 working days): may only be shortened. */
    LIMIT,
    /** A period protecting the public (RC-01: 60 days to apply for reconsideration): may only be lengthened. */
    PUBLIC_PERIOD,
    /** A minimum (MD-02: at least 30 days of comment; PN-01: at least 2 officers): may only be raised. */
    MINIMUM;

    /** Whether {@code value} loosens {@code reference} (a longer limit, a shorter public period, a lower minimum). */
    public boolean loosens(BigDecimal reference, BigDecimal value) {
        if (reference == null || value == null) {
            return false;
        }
        int c = value.compareTo(reference);
        return this == LIMIT ? c > 0 : c < 0;
    }

    /** The stricter of two values (null counts as absent). */
    public BigDecimal stricter(BigDecimal a, BigDecimal b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return loosens(a, b) ? a : loosens(b, a) ? b : a;
    }
}
