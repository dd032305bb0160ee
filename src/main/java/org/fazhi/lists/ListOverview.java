package org.fazhi.lists;

import java.time.LocalDate;
import java.util.List;
import org.fazhi.review.LegalityReview;
import org.fazhi.shared.PageResult;
import org.fazhi.shared.procedure.Guide;

/**
 * Everything a version's page shows, read in one transaction after one scope check: the list and its
 * unit, the version with the guide, a page of its items (filtered by {@code q}), the participation
 * held, the review rounds, every version of the list (for the comparison), the version in force today,
 * and today.
 */
public record ListOverview(ItemList list, String unit, ListVersion version, Guide<ListVersionStatus> guide,
        PageResult<ListEntry> entries, String q, List<Participation> participations, List<LegalityReview> reviews,
        List<ListVersion> versions, ListVersion inForce, LocalDate today) {

    public ListOverview {
        participations = List.copyOf(participations);
        reviews = List.copyOf(reviews);
        versions = List.copyOf(versions);
    }

    /** Public participation held on an adjustment. */
    public record Participation(String channel, LocalDate startsOn, LocalDate endsOn, int opinions, String adoption) {
    }
}
