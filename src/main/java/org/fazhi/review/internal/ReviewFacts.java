package org.fazhi.review.internal;

import java.time.LocalDate;
import org.fazhi.review.LegalityReview;
import org.fazhi.review.ReviewStatus;

/**
 * What the gates of a review request read: the request, whether the actor is a legal reviewer of its
 * desk, whether the actor works for the submitting unit, and today.
 */
public record ReviewFacts(LegalityReview request, boolean actorIsDeskReviewer, boolean actorSubmits, LocalDate today) {

    public ReviewStatus status() {
        return request.status();
    }
}
