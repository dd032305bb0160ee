package org.fazhi.normdocs;

import org.fazhi.review.ReviewConcluded;
import org.fazhi.review.ReviewWithdrawn;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Moves a document's procedure when the review desk concludes or the request is withdrawn. Runs in
 * the reviewer's transaction (a plain {@code @EventListener}), so the review and the document's state
 * change commit together or not at all — see docs/CONVENTIONS.md, "Events".
 */
@Component
class ReviewEventsListener {

    private final NormativeDocuments documents;

    ReviewEventsListener(NormativeDocuments documents) {
        this.documents = documents;
    }

    @EventListener
    void on(ReviewConcluded e) {
        if (e.subject().is(NormativeDocument.SUBJECT)) {
            documents.reviewConcluded(e.subject().longId());
        }
    }

    @EventListener
    void on(ReviewWithdrawn e) {
        if (e.subject().is(NormativeDocument.SUBJECT)) {
            documents.reviewWithdrawn(e.subject().longId());
        }
    }
}
