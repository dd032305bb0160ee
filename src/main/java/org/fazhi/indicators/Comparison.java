package org.fazhi.indicators;

/** Which side of its target an indicator's value should lie. */
public enum Comparison {
    /** The value should reach the target (a rate of 100%, four study sessions). */
    AT_LEAST,
    /** The value should not exceed the target (working days to start a company). */
    AT_MOST
}
