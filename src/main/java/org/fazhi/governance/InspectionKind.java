package org.fazhi.governance;

/** Who looked: a superior's rule-of-law inspection, or the unit's own half-yearly self-inspection. */
public enum InspectionKind {
    /** 法治督察 by a unit above. */
    INSPECTION,
    /** 半年自查 (SD-13: every half year). */
    SELF_INSPECTION
}
