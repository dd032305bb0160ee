package org.fazhi.decisions;

import java.util.List;
import java.util.Map;
import org.fazhi.shared.procedure.Guide;
import org.fazhi.shared.procedure.StepCheck;

/**
 * A meeting's page in one read: the meeting with its attendees and agenda, the unit names, each topic's
 * legality review state (NONE, PENDING, PASSED, UNLAWFUL) and the review's id, the guide of the meeting
 * steps, and per topic the verdict on each topic step.
 */
public record MeetingOverview(Meeting meeting, Map<Long, String> unitNames, Map<Long, String> topicReviews,
        Map<Long, Long> topicReviewIds, Guide<MeetingStatus> guide, Map<Long, List<StepCheck>> topicSteps,
        List<MajorDecision> tableable) {

    public MeetingOverview {
        unitNames = Map.copyOf(unitNames);
        topicReviews = Map.copyOf(topicReviews);
        topicReviewIds = Map.copyOf(topicReviewIds);
        topicSteps = Map.copyOf(topicSteps);
        tableable = List.copyOf(tableable);
    }

    public boolean allowed(long topicId, String step) {
        return topicSteps.getOrDefault(topicId, List.of()).stream().anyMatch(s -> s.step().equals(step) && s.allowed());
    }
}
