package org.fazhi.litigation;

/** A judicial suggestion waits for the unit's reply, or has it. */
public enum SuggestionStatus {
    RECEIVED,
    REPLIED
}
