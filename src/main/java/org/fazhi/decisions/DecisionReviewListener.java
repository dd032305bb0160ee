package org.fazhi.decisions;

import org.fazhi.review.ReviewConcluded;
import org.fazhi.review.ReviewWithdrawn;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Moves a decision's procedure when the review desk concludes on its draft or the request is withdrawn
 * (same transaction as the desk's step — docs/CONVENTIONS.md, "Events"). A meeting topic's review
 * changes no state: the meeting reads it from the desk.
 */
@Component
class DecisionReviewListener {

    private final MajorDecisions decisions;

    DecisionReviewListener(MajorDecisions decisions) {
        this.decisions = decisions;
    }

    @EventListener
    void on(ReviewConcluded e) {
        if (e.subject().is(MajorDecision.SUBJECT)) {
            decisions.reviewConcluded(e.subject().longId(), e.requestId(), e.outcome());
        }
    }

    @EventListener
    void on(ReviewWithdrawn e) {
        if (e.subject().is(MajorDecision.SUBJECT)) {
            decisions.reviewWithdrawn(e.subject().longId(), e.requestId());
        }
    }
}
