package org.fazhi.lists;

/**
 * Where a version of a list stands. The steps between these states are in
 * {@code internal.ListProcedure}; whether a published version is in force follows from its
 * effective date and those of the later ones.
 */
public enum ListVersionStatus {
    /** 调整中: items may be added, changed, removed or imported. */
    DRAFTING,
    /** 公开征求意见: the draft is out for public comment (participation), its items frozen. */
    CONSULTING,
    /** 合法性审核中. */
    REVIEWING,
    /** 审核已办结 (any outcome). */
    REVIEWED,
    /** 已公布 (in force from its effective date until a later version takes effect). */
    PUBLISHED,
    /** 已撤回: the adjustment was abandoned. */
    WITHDRAWN
}
