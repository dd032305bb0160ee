package org.fazhi.review;

import java.util.List;
import org.fazhi.shared.procedure.Guide;

/**
 * The reviewer's page of one request, read in one call: the request, the other rounds of the same
 * subject (oldest first) and the guide — for each step of the desk and the submitter, whether the
 * acting user may take it now or why not.
 */
public record ReviewOverview(LegalityReview request, List<LegalityReview> otherRounds, Guide<ReviewStatus> guide) {

    public ReviewOverview {
        otherRounds = List.copyOf(otherRounds);
    }

    /** Whether the acting user may take any of the desk's steps now (the page shows the desk's forms). */
    public boolean deskMayAct() {
        return guide.steps().stream().filter(s -> !s.step().equals("withdraw")).anyMatch(s -> s.allowed());
    }
}
