package org.fazhi.lists;

import java.time.LocalDate;
import java.util.List;
import org.fazhi.participation.PublicConsultation;
import org.fazhi.review.LegalityReview;
import org.fazhi.shared.PageResult;
import org.fazhi.shared.procedure.Guide;

/**
 * Everything a version's page shows, read in one transaction after one scope check: the list and its
 * unit, the version with the guide, a page of its items (filtered by {@code q}), its public
 * consultations with the comments not yet answered and the earliest closing day of a window opened
 * today, the review rounds, every version of the list (for the comparison), the version in force today,
 * and today.
 */
public record ListOverview(ItemList list, String unit, ListVersion version, Guide<ListVersionStatus> guide,
        PageResult<ListEntry> entries, String q, List<PublicConsultation> consultations, long undisposed,
        LocalDate earliestCloseIfOpenedToday, List<LegalityReview> reviews, List<ListVersion> versions,
        ListVersion inForce, LocalDate today) {

    public ListOverview {
        consultations = List.copyOf(consultations);
        reviews = List.copyOf(reviews);
        versions = List.copyOf(versions);
    }

    /** The window open now, if any. */
    public PublicConsultation openConsultation() {
        return consultations.stream().filter(PublicConsultation::open).findFirst().orElse(null);
    }
}
