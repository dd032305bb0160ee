package org.fazhi.suggestions;

/** Where a suggestion or proposal stands. */
public enum SuggestionStatus {
    /** Registered by the coordinating unit, not yet 交办. */
    REGISTERED,
    /** 交办 to the lead unit: the answer clock of NP-01 / NP-02 runs. */
    HANDLING,
    /** Answered: waiting for the proposer's feedback form. */
    ANSWERED,
    /** The proposer was not satisfied: handled again (重新办理) with a new clock. */
    REHANDLING,
    /** 办结: the proposer was satisfied or basically satisfied. */
    CLOSED
}
