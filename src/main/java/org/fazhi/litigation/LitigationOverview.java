package org.fazhi.litigation;

import java.time.LocalDate;
import java.util.List;
import org.fazhi.deadlines.TrackedDeadline;
import org.fazhi.shared.procedure.Guide;

/**
 * A suit's page in one read: the instance, its guide, the defendant's name, its hearings, the answer's
 * clock, the last day to appeal, the other instances of the same suit, and the judicial suggestions
 * that arose from it.
 */
public record LitigationOverview(LitigationCase c, Guide<LitigationStatus> guide, String unitName,
        List<CourtHearing> hearings, TrackedDeadline defenceClock, LocalDate appealDue, List<LitigationCase> instances,
        List<JudicialSuggestion> suggestions, LocalDate today) {
}
