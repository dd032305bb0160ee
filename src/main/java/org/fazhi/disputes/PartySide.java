package org.fazhi.disputes;

/** A party's side in a dispute. */
public enum PartySide {
    APPLICANT,
    RESPONDENT
}
