package org.fazhi.disclosure;

/**
 * The form in which the requester asks to receive the information (条例第二十九条第二款第（三）项 获取信息的方式、途径):
 * on paper by post, by e-mail, downloaded from the portal's tracking page, or collected at the office.
 */
public enum DeliveryForm {
    PAPER_BY_POST,
    EMAIL,
    PORTAL_DOWNLOAD,
    COLLECT_IN_PERSON
}
