package org.fazhi.suggestions;

/** The proposer's satisfaction with the handling, from the feedback form (征询意见表). */
public enum Satisfaction {
    SATISFIED,
    BASICALLY_SATISFIED,
    /** 不满意: the suggestion goes back for re-handling (重新办理). */
    DISSATISFIED;

    /** Counted as satisfied in the satisfaction rate (SD-06: 满意 and 基本满意). */
    public boolean satisfied() {
        return this != DISSATISFIED;
    }
}
