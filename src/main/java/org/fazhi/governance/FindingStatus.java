package org.fazhi.governance;

/** Where a finding's rectification (整改) stands; the steps are in {@code internal.FindingProcedure}. */
public enum FindingStatus {
    /** 已交办: the owner unit has it, nothing reported yet. */
    OPEN,
    /** 整改中. */
    RECTIFYING,
    /** 申请销号: rectified, with evidence; the inspecting side accepts. */
    AWAITING_ACCEPTANCE,
    /** 已销号. */
    CLOSED;

    public boolean running() {
        return this != CLOSED;
    }
}
