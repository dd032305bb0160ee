package org.fazhi.normdocs;

/**
 * The procedure of a normative document (制定程序). The allowed steps between these states are in
 * {@code internal.DocumentProcedure}; the legal gates of each step in the services.
 */
public enum DocumentStatus {
    /** 起草: versions may be added. */
    DRAFTING,
    /** 公开征求意见: the window is open. */
    CONSULTING,
    /** 合法性审核中. */
    REVIEWING,
    /** 审核已办结 (any outcome). */
    REVIEWED,
    /** 集体审议通过. */
    DELIBERATED,
    /** 统一登记、编号. */
    REGISTERED,
    /** 统一公布. */
    PUBLISHED,
    /** 终止制定. */
    WITHDRAWN
}
