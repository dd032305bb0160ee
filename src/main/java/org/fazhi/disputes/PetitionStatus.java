package org.fazhi.disputes;

/** Where a petition (信访事项) stands. */
public enum PetitionStatus {
    /** 登记: received, acceptance not yet decided (PT-01 runs). */
    RECEIVED,
    /** 受理: being handled (PT-02 runs). */
    ACCEPTED,
    /** 不予受理: the petitioner was told why and which legal channel to use. */
    NOT_ACCEPTED,
    /** 转送: sent to the body with power to handle it. */
    TRANSFERRED,
    /** 答复: the written reply (处理意见) was given. */
    REPLIED
}
