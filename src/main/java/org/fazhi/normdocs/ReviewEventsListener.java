package org.fazhi.normdocs;

import org.fazhi.review.ReviewConcluded;
import org.fazhi.review.ReviewWithdrawn;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Moves a document's procedure when the review desk concludes or the request is withdrawn. Runs in
 * the reviewer's transaction, so the review and the document's state change together.
 */
@Component
class ReviewEventsListener {

    private final NormativeDocuments documents;

    ReviewEventsListener(NormativeDocuments documents) {
        this.documents = documents;
    }

    @EventListener
    void on(ReviewConcluded e) {
        if (NormativeDocuments.MODULE.equals(e.module()) && NormativeDocuments.SUBJECT.equals(e.subjectType())) {
            documents.reviewConcluded(Long.parseLong(e.subjectId()));
        }
    }

    @EventListener
    void on(ReviewWithdrawn e) {
        if (NormativeDocuments.MODULE.equals(e.module()) && NormativeDocuments.SUBJECT.equals(e.subjectType())) {
            documents.reviewWithdrawn(Long.parseLong(e.subjectId()));
        }
    }
}
