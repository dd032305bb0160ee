package org.fazhi.disputes;

/** Where a mediation case stands. */
public enum MediationStatus {
    /** 登记: received or found by screening (排查), not yet taken up. */
    RECEIVED,
    /** 调解中: accepted for mediation with a mediator. */
    MEDIATING,
    /** 达成调解协议 (化解). */
    AGREED,
    /** 调解不成: mediation ended without agreement. */
    FAILED,
    /** 不予受理: not taken up (already before a court or another body, or a party refused). */
    DECLINED;

    public boolean open() {
        return this == RECEIVED || this == MEDIATING;
    }
}
