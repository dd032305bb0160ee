package org.fazhi.reconsideration;

/** The kind of administrative act complained of (申请事项, 行政复议法第十一条). */
public enum ActType {
    PENALTY,
    COERCIVE_MEASURE,
    LICENSING,
    NATURAL_RESOURCE_RIGHTS,
    EXPROPRIATION,
    COMPENSATION,
    WORK_INJURY,
    /** 不履行法定职责. */
    INACTION,
    /** 政府信息公开. */
    INFORMATION_DISCLOSURE,
    /** 行政协议. */
    AGREEMENT,
    OTHER
}
