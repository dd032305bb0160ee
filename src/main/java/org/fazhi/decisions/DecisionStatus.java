package org.fazhi.decisions;

/** Where a major decision stands in its procedure. */
public enum DecisionStatus {
    /** 起草、论证: the draft is prepared; participation, hearings, polls, experts and risk happen here. */
    DRAFTING,
    /** 公开征求意见: a window is open on the current version. */
    CONSULTING,
    /** 合法性审查中: the current version is on the review desk. */
    REVIEWING,
    /** 已审查: the desk concluded. */
    REVIEWED,
    /** 已提请集体讨论: on a meeting's agenda. */
    TABLED,
    /** 已作出决定: passed by the collective decision, not yet published. */
    DECIDED,
    /** 执行中: published and being implemented. */
    IMPLEMENTING,
    /** 中止执行 (MD-11). */
    SUSPENDED,
    /** 已归档 (MD-09). */
    ARCHIVED,
    /** 终止: the procedure was stopped, or the collective decision did not pass the draft. */
    STOPPED;

    /** Still before the collective decision (the draft can be stopped). */
    public boolean beforeDecision() {
        return this == DRAFTING || this == CONSULTING || this == REVIEWING || this == REVIEWED;
    }
}
