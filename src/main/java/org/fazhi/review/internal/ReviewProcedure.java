package org.fazhi.review.internal;

import static org.fazhi.review.ReviewStatus.AWAITING_MATERIALS;
import static org.fazhi.review.ReviewStatus.CONCLUDED;
import static org.fazhi.review.ReviewStatus.SUBMITTED;
import static org.fazhi.review.ReviewStatus.WITHDRAWN;
import static org.fazhi.review.internal.ReviewPolicies.CHANGES_WERE_REQUIRED;
import static org.fazhi.review.internal.ReviewPolicies.ONLY_A_DESK_REVIEWER_ACTS;
import static org.fazhi.review.internal.ReviewPolicies.ONLY_THE_SUBMITTING_UNIT_ACTS;

import java.util.List;
import org.fazhi.review.ReviewStatus;
import org.fazhi.shared.procedure.Procedure;
import org.fazhi.shared.procedure.Refusal;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The procedure of a legality-review request at the desk: states, steps, the transition table and
 * the gates of each step ({@link ReviewPolicies}). The desk's steps and the reviewer's page both ask it.
 *
 * <pre>
 * SUBMITTED ──request-materials──▶ AWAITING_MATERIALS ──receive-materials──▶ SUBMITTED
 * SUBMITTED | AWAITING_MATERIALS ──consult-adviser──▶ (same)
 * SUBMITTED ──conclude──▶ CONCLUDED ──answer-change──▶ CONCLUDED
 * SUBMITTED | AWAITING_MATERIALS ──withdraw──▶ WITHDRAWN
 * </pre>
 */
public final class ReviewProcedure {

    public enum Step {
        REQUEST_MATERIALS,
        RECEIVE_MATERIALS,
        CONSULT_ADVISER,
        CONCLUDE,
        WITHDRAW,
        ANSWER_CHANGE
    }

    /** The steps taken from the request's page, in the order it lists them (the desk's, then the submitter's). */
    public static final List<Step> PAGE_STEPS = List.of(Step.CONCLUDE, Step.CONSULT_ADVISER, Step.REQUEST_MATERIALS,
            Step.RECEIVE_MATERIALS, Step.WITHDRAW);

    private static final Refusal CLOSED = Refusal.of("review-closed", "review.refused.closed");

    public static final Procedure<ReviewStatus, Step, ReviewFacts> PROCEDURE = Procedure
            .of(ReviewStatus.class, Step.class, ReviewFacts::status, ReviewProcedure::wrongState)
            .step(Step.REQUEST_MATERIALS).checkFirst(ONLY_A_DESK_REVIEWER_ACTS).from(SUBMITTED).to(AWAITING_MATERIALS)
            .step(Step.RECEIVE_MATERIALS).checkFirst(ONLY_A_DESK_REVIEWER_ACTS).from(AWAITING_MATERIALS).to(SUBMITTED)
            .step(Step.CONSULT_ADVISER).checkFirst(ONLY_A_DESK_REVIEWER_ACTS).from(SUBMITTED, AWAITING_MATERIALS)
                    .outside(s -> CLOSED).stays()
            .step(Step.CONCLUDE).checkFirst(ONLY_A_DESK_REVIEWER_ACTS).from(SUBMITTED).to(CONCLUDED)
            .step(Step.WITHDRAW).checkFirst(ONLY_THE_SUBMITTING_UNIT_ACTS).from(SUBMITTED, AWAITING_MATERIALS)
                    .outside(s -> CLOSED).to(WITHDRAWN)
            .step(Step.ANSWER_CHANGE).checkFirst(ONLY_THE_SUBMITTING_UNIT_ACTS).from(CONCLUDED)
                    .outside(s -> Refusal.of("no-changes-required", "review.refused.no-changes"))
                    .gate(CHANGES_WERE_REQUIRED).stays()
            .build();

    private ReviewProcedure() {
    }

    private static Refusal wrongState(ReviewStatus current, Step step) {
        return Refusal.of("wrong-status", "review.refused.status",
                new DefaultMessageSourceResolvable("review.status." + current.name()));
    }
}
