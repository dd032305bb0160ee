package org.fazhi.enforcement;

/** The lenient lists of PN-02. */
public enum ExemptionList {
    /**
     * 首违不罚: a first violation with minor harm, promptly corrected (行政处罚法 Art 33 ¶1, second
     * sentence); the listed item binds the agency to no penalty.
     */
    FIRST_OFFENCE,
    /** 轻微免罚: a minor violation, promptly corrected, without harmful consequences (Art 33 ¶1). */
    MINOR
}
