package org.fazhi.enforcement;

/** Who the party (当事人) is: its identifiers are removed from the public side if a natural person. */
public enum PartyKind {
    NATURAL_PERSON,
    /** 法人或者其他组织 (individual businesses included). */
    ORGANISATION
}
