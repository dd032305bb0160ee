package org.fazhi.reconsideration;

/** A letter waits for the recipient's correction report, or has it. */
public enum LetterStatus {
    ISSUED,
    REPORTED
}
