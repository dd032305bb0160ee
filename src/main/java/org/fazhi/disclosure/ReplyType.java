package org.fazhi.disclosure;

/**
 * The reply types of GI-04 (条例第三十六条至第三十九条): the seven of Art 36, with 区分处理 (Art 37), 不作为政府信息公开申请处理
 * (Art 39) and the two ways a request ends without an answer on its substance (no 补正 in time, Art 30; the
 * information-processing fee unpaid, Art 42).
 */
public enum ReplyType {
    ALREADY_PUBLIC,
    DISCLOSED,
    PARTIALLY_DISCLOSED,
    WITHHELD,
    NOT_EXIST,
    NOT_OURS,
    REPEAT,
    SPECIAL_STATUTE,
    NOT_A_REQUEST,
    NOT_CORRECTED,
    FEE_UNPAID
}
