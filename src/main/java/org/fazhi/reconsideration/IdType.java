package org.fazhi.reconsideration;

/** The identity document an applicant gives. */
public enum IdType {
    /** 居民身份证. */
    ID_CARD,
    /** 护照或其他有效证件. */
    PASSPORT,
    /** 统一社会信用代码. */
    CREDIT_CODE,
    OTHER
}
