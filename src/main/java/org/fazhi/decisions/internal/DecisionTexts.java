package org.fazhi.decisions.internal;

import java.util.Optional;
import org.fazhi.decisions.DecisionCatalog;
import org.fazhi.decisions.MajorDecision;
import org.fazhi.decisions.MeetingTopic;
import org.fazhi.review.ReviewTextSource;
import org.fazhi.review.ReviewedText;
import org.springframework.stereotype.Component;

/**
 * The texts the review desk reads from this module: a version of a draft decision (MD-06), and the
 * materials of a meeting topic (议题合法性审查; the topic's own id stands for its one version).
 */
@Component
class DecisionTexts implements ReviewTextSource {

    private final DecisionStore decisions;
    private final MeetingStore meetings;

    DecisionTexts(DecisionStore decisions, MeetingStore meetings) {
        this.decisions = decisions;
        this.meetings = meetings;
    }

    @Override
    public String module() {
        return DecisionCatalog.MODULE;
    }

    @Override
    public Optional<ReviewedText> text(String subjectType, String subjectId, long versionId) {
        if (MajorDecision.SUBJECT.name().equals(subjectType)) {
            long id = Long.parseLong(subjectId);
            return decisions.version(versionId).filter(v -> v.decisionId() == id)
                    .map(v -> new ReviewedText(v.id(), v.versionNo(), v.title(), v.body(), v.explanation(), null,
                            v.sha256(), null));
        }
        if (MeetingTopic.SUBJECT.name().equals(subjectType)) {
            long id = Long.parseLong(subjectId);
            if (id != versionId) {
                return Optional.empty();
            }
            return meetings.topic(id).map(t -> new ReviewedText(t.id(), 1, t.title(), t.materials(), null, null,
                    t.materialsSha256(), null));
        }
        return Optional.empty();
    }
}
