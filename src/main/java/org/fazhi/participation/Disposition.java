package org.fazhi.participation;

/** How a public comment was answered (采纳情况). */
public enum Disposition {
    /** 采纳. */
    ADOPTED,
    /** 部分采纳 (a reason is required). */
    PARTLY_ADOPTED,
    /** 不采纳 (a reason is required). */
    NOT_ADOPTED
}
