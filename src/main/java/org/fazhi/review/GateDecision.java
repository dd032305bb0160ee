package org.fazhi.review;

/**
 * Whether a text may go to collective deliberation, and if not, why (a stable code and the
 * message key of the reason the user reads, e.g. "合法性审核未通过，不得提交集体审议").
 */
public record GateDecision(boolean passed, String code, String messageKey, Long reviewId) {

    public static GateDecision pass(long reviewId) {
        return new GateDecision(true, "passed", "review.gate.passed", reviewId);
    }

    public static GateDecision refuse(String code, Long reviewId) {
        return new GateDecision(false, code, "review.gate." + code, reviewId);
    }
}
