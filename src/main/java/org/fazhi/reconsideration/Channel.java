package org.fazhi.reconsideration;

/** How an application came in (行政复议法第二十二条、第三十二条). */
public enum Channel {
    /** 互联网渠道: the public portal. */
    PORTAL,
    /** 邮寄. */
    POST,
    /** 当面提交. */
    COUNTER,
    /** 口头申请，当场记录. */
    ORAL,
    /** 通过作出行政处罚决定的行政机关提交 (RC-03: forwarded within 5 working days). */
    VIA_AGENCY
}
