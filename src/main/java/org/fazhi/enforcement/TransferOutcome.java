package org.fazhi.enforcement;

/** What the receiving organ did with a transferred case. */
public enum TransferOutcome {
    /** 立案. */
    ACCEPTED,
    /** 不予立案. */
    DECLINED,
    /** 退回移送机关. */
    RETURNED
}
