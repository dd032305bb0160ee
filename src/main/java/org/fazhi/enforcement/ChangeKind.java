package org.fazhi.enforcement;

/** How a decision was changed after it was made (PN-03: a published one is withdrawn). */
public enum ChangeKind {
    /** 变更. */
    CHANGED,
    /** 撤销. */
    REVOKED,
    /** 确认违法. */
    CONFIRMED_UNLAWFUL,
    /** 确认无效. */
    CONFIRMED_VOID
}
