package org.fazhi.lists;

/** 权力类型 of a power item. */
public enum PowerType {
    /** 行政处罚. */
    PENALTY,
    /** 行政强制. */
    COERCION,
    /** 行政检查. */
    INSPECTION,
    /** 行政许可. */
    LICENSING,
    /** 行政征收. */
    LEVY,
    /** 行政给付. */
    BENEFIT,
    /** 行政确认. */
    CONFIRMATION,
    /** 行政奖励. */
    REWARD,
    /** 行政裁决. */
    ADJUDICATION,
    /** 其他行政权力. */
    OTHER
}
