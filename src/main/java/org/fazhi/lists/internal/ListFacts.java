package org.fazhi.lists.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.fazhi.lists.ListVersion;
import org.fazhi.lists.ListVersionStatus;
import org.fazhi.review.LegalityReview;
import org.fazhi.review.ReviewStatus;

/**
 * What the gates of a list version's procedure read, gathered once per step or page: the version, the
 * acting user's standing (acts for the list's unit; holds a role that keeps lists), how many
 * participation records it has, its review rounds, the effective date of the latest published version
 * of the list, and today.
 */
public record ListFacts(ListVersion version, boolean actorKeeps, boolean actorMayKeep, int participations,
        List<LegalityReview> reviews, LocalDate latestEffective, LocalDate today) {

    public ListFacts {
        reviews = List.copyOf(reviews);
    }

    public ListVersionStatus status() {
        return version.status();
    }

    /** The latest concluded review round, if any. */
    public Optional<LegalityReview> lastConcluded() {
        return reviews.stream().filter(r -> r.status() == ReviewStatus.CONCLUDED).reduce((a, b) -> b);
    }

    /** The review round still open at the desk, if any. */
    public Optional<LegalityReview> openReview() {
        return reviews.stream().filter(r -> r.status().isOpen()).findFirst();
    }
}
