package org.fazhi.enforcement;

/** How a decision was served (送达方式). */
public enum ServiceMethod {
    /** 直接送达 / 当场交付. */
    DIRECT,
    /** 留置送达. */
    LEFT_AT_ADDRESS,
    /** 邮寄送达. */
    POST,
    /** 电子送达 (with the party's consent). */
    ELECTRONIC,
    /** 公告送达. */
    PUBLIC_NOTICE
}
