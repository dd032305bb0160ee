package org.fazhi.governance;

/** The place of a person in a leading group's roster. */
public enum MemberRole {
    /** 组长. */
    LEADER,
    /** 副组长 (常务副组长 included). */
    DEPUTY,
    /** 成员. */
    MEMBER,
    /** 办公室主任. */
    OFFICE_DIRECTOR,
    /** 办公室副主任. */
    OFFICE_DEPUTY,
    /** 负责办公室日常工作的联络人. */
    CONTACT
}
