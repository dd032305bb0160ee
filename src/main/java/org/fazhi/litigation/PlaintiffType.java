package org.fazhi.litigation;

/** 原告类型. */
public enum PlaintiffType {
    NATURAL_PERSON,
    LEGAL_PERSON,
    OTHER_ORGANISATION
}
