package org.fazhi.disclosure;

/** Who asks, as the columns of the annual report's Table 三 (自然人; 法人或其他组织 in five kinds). */
public enum RequesterType {
    NATURAL_PERSON,
    COMMERCIAL,
    RESEARCH,
    PUBLIC_WELFARE,
    LEGAL_SERVICE,
    OTHER_ORGANISATION;

    public boolean naturalPerson() {
        return this == NATURAL_PERSON;
    }
}
