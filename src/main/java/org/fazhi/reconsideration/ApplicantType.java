package org.fazhi.reconsideration;

/** 申请人类型. */
public enum ApplicantType {
    NATURAL_PERSON,
    LEGAL_PERSON,
    OTHER_ORGANISATION
}
