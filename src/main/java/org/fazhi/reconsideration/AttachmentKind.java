package org.fazhi.reconsideration;

/** What a file of a case is. */
public enum AttachmentKind {
    APPLICATION,
    IDENTITY,
    EVIDENCE,
    CORRECTION,
    ANSWER,
    HEARING_RECORD,
    MEDIATION,
    SETTLEMENT,
    DECISION,
    OTHER
}
