package org.fazhi.suggestions;

import java.util.List;
import org.fazhi.deadlines.TrackedDeadline;
import org.fazhi.shared.procedure.Guide;

/** What a suggestion's page shows, read in one call: the record, its units, rounds (with the keys of their answer
 * documents), opinions, clock and guide. */
public record SuggestionOverview(Suggestion suggestion, String coordinatorName, String leadName,
        List<CoUnitOpinion> opinions, List<HandlingRound> rounds, java.util.Map<Long, String> fileKeys,
        TrackedDeadline clock, Guide<SuggestionStatus> guide) {
}
