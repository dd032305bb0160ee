package org.fazhi.lists;

import org.fazhi.review.ReviewConcluded;
import org.fazhi.review.ReviewWithdrawn;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Moves a list adjustment on when the review desk concludes or the request is withdrawn, in the
 * desk's transaction (the review and the version's state commit together).
 */
@Component
class ListReviewListener {

    private final Lists lists;

    ListReviewListener(Lists lists) {
        this.lists = lists;
    }

    @EventListener
    void on(ReviewConcluded e) {
        if (e.subject().is(ListVersion.SUBJECT)) {
            lists.reviewConcluded(e.subject().longId());
        }
    }

    @EventListener
    void on(ReviewWithdrawn e) {
        if (e.subject().is(ListVersion.SUBJECT)) {
            lists.reviewWithdrawn(e.subject().longId());
        }
    }
}
