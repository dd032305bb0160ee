package org.fazhi.enforcement;

import org.fazhi.review.ReviewConcluded;
import org.fazhi.review.ReviewWithdrawn;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Moves a case's procedure when the review desk concludes or the request is withdrawn. Runs in the
 * reviewer's transaction (a plain {@code @EventListener}), so the review and the case's state change
 * commit together or not at all.
 */
@Component
class CaseReviewListener {

    private final EnforcementCases cases;

    CaseReviewListener(EnforcementCases cases) {
        this.cases = cases;
    }

    @EventListener
    void on(ReviewConcluded e) {
        if (e.subject().is(EnforcementCase.SUBJECT)) {
            cases.reviewConcluded(e.subject().longId());
        }
    }

    @EventListener
    void on(ReviewWithdrawn e) {
        if (e.subject().is(EnforcementCase.SUBJECT)) {
            cases.reviewWithdrawn(e.subject().longId());
        }
    }
}
