package org.fazhi.enforcement;

/** The stage of the procedure a record documents (启动、调查取证、审核、决定、送达、执行, PN-04). */
public enum EvidenceStage {
    OPENING,
    INVESTIGATION,
    NOTICE,
    HEARING,
    REVIEW,
    DISCUSSION,
    DECISION,
    SERVICE,
    EXECUTION,
    CLOSING
}
