package org.fazhi.litigation;

/** How the plaintiff came to court, which decides the filing window (LT-03, LT-05, LT-06). */
public enum FilingBasis {
    /** 直接起诉: 6 months from knowing of the act. */
    DIRECT,
    /** 经复议后起诉: 15 days from receiving the reconsideration decision. */
    AFTER_RECONSIDERATION,
    /** 不履行法定职责: not before 2 months from the request (save emergencies). */
    INACTION
}
