package org.fazhi.enforcement;

/** How a fault was answered for (问责方式 and 处分, seed 004 §14). */
public enum AccountabilityMeasure {
    /** 批评教育. */
    CRITICISM,
    /** 责令改正、书面检查. */
    CORRECTION,
    /** 通报批评. */
    CIRCULATED,
    /** 诫勉谈话. */
    ADMONISHMENT,
    /** 暂扣或者收回执法证件、调离执法岗位. */
    REMOVED_FROM_ENFORCEMENT,
    /** 政务处分 (警告、记过、记大过、降级、撤职、开除). */
    DISCIPLINARY_SANCTION,
    OTHER
}
