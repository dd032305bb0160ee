package org.fazhi.reconsideration;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an application and its case stand. The steps between these states are in
 * {@code internal.CaseProcedure}.
 */
public enum CaseStatus {
    /** 收到申请，受理审查中 (the RC-02 clock runs). */
    RECEIVED,
    /** 已通知补正，等待申请人补正材料 (the RC-11 clock runs; the review clock restarts on receipt). */
    AWAITING_CORRECTION,
    /** 已受理（含视为受理），审理中. */
    ACCEPTED,
    /** 中止审理 (the decision clock is paused). */
    SUSPENDED,
    /** 已作出行政复议决定. */
    DECIDED,
    /** 调解结案（调解书生效）. */
    MEDIATED,
    /** 终止行政复议（含和解后撤回）. */
    TERMINATED,
    /** 不予受理. */
    REFUSED,
    /** 受理前撤回申请. */
    WITHDRAWN,
    /** 逾期不补正，视为放弃申请. */
    ABANDONED;

    /** The states after acceptance. */
    public static final Set<CaseStatus> ACCEPTED_STATES = EnumSet.of(ACCEPTED, SUSPENDED, DECIDED, MEDIATED, TERMINATED);

    /** The case is over: nothing more is decided in it (letters may still follow). */
    public boolean closed() {
        return this == DECIDED || this == MEDIATED || this == TERMINATED || this == REFUSED || this == WITHDRAWN
                || this == ABANDONED;
    }

    /** Closed after acceptance (审结): decided, mediated or terminated. */
    public boolean concluded() {
        return this == DECIDED || this == MEDIATED || this == TERMINATED;
    }
}
