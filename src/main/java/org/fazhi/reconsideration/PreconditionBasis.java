package org.fazhi.reconsideration;

/** Why a case must be reconsidered before any suit (复议前置, 行政复议法第二十三条; RC-03). */
public enum PreconditionBasis {
    /** 对当场作出的行政处罚决定不服. */
    ON_THE_SPOT_PENALTY,
    /** 侵犯已经依法取得的自然资源所有权或者使用权的决定. */
    NATURAL_RESOURCE_RIGHTS,
    /** 未履行法定职责. */
    INACTION,
    /** 申请政府信息公开，行政机关不予公开. */
    DISCLOSURE_REFUSED,
    /** 法律、行政法规规定的其他情形. */
    OTHER_LAW
}
