package org.fazhi.suggestions;

import java.util.List;
import org.fazhi.deadlines.TrackedDeadline;
import org.fazhi.shared.procedure.Guide;

/** What a suggestion's page shows, read in one call: the record, its units, rounds, opinions, clock and guide. */
public record SuggestionOverview(Suggestion suggestion, String coordinatorName, String leadName,
        List<CoUnitOpinion> opinions, List<HandlingRound> rounds, TrackedDeadline clock,
        Guide<SuggestionStatus> guide) {
}
