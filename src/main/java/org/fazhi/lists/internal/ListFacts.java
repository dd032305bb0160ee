package org.fazhi.lists.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.fazhi.lists.ListVersion;
import org.fazhi.lists.ListVersionStatus;
import org.fazhi.participation.PublicConsultation;
import org.fazhi.review.LegalityReview;
import org.fazhi.review.ReviewStatus;

/**
 * What the gates of a list version's procedure read, gathered once per step or page: the version, the
 * acting user's standing (acts for the list's unit; holds a role that keeps lists), its public
 * consultations and the comments not yet answered, its review rounds, the effective date of the latest
 * published version of the list, today, and the catalog's minimum consultation period in working days
 * (LS-02), which a refusal names.
 */
public record ListFacts(ListVersion version, boolean actorKeeps, boolean actorMayKeep,
        List<PublicConsultation> consultations, long undisposed, List<LegalityReview> reviews,
        LocalDate latestEffective, LocalDate today, int consultationMinimumDays) {

    public ListFacts {
        consultations = List.copyOf(consultations);
        reviews = List.copyOf(reviews);
    }

    public ListVersionStatus status() {
        return version.status();
    }

    /** The window open now, if any. */
    public Optional<PublicConsultation> openConsultation() {
        return consultations.stream().filter(PublicConsultation::open).findFirst();
    }

    /** Whether the public was consulted on this adjustment (a window held and closed). */
    public boolean consulted() {
        return consultations.stream().anyMatch(PublicConsultation::closed);
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
