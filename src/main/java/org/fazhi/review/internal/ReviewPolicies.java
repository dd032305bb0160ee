package org.fazhi.review.internal;

import org.fazhi.review.ReviewOutcome;
import org.fazhi.shared.procedure.Gate;

/** The gates of a review request's procedure, each written once and named as the rule it enforces. */
public final class ReviewPolicies {

    private ReviewPolicies() {
    }

    /**
     * Only a legal reviewer (法制审核人员, the role) of the desk the request was sent to (its scope) works
     * on it; anyone else who can see the request is told so.
     */
    public static final Gate<ReviewFacts> ONLY_A_DESK_REVIEWER_ACTS = Gate.require(ReviewFacts::actorIsDeskReviewer,
            "not-desk-reviewer", "review.refused.not-reviewer");

    /**
     * Only the submitting unit's drafting staff or 法治办 (role and scope) withdraw the request or answer
     * the changes required of its text; reviewers and leaders who can see it are told so.
     */
    public static final Gate<ReviewFacts> ONLY_THE_SUBMITTING_UNIT_ACTS = Gate.require(ReviewFacts::actorSubmits,
            "not-submitting-unit", "review.refused.not-submitter");

    /** Only a 修改后合法 conclusion has changes to answer. */
    public static final Gate<ReviewFacts> CHANGES_WERE_REQUIRED = Gate.require(
            f -> f.request().outcome() == ReviewOutcome.LAWFUL_WITH_CHANGES, "no-changes-required",
            "review.refused.no-changes");
}
