package org.fazhi.decisions;

import java.util.List;
import org.fazhi.shared.SubjectType;

/**
 * A topic (议题) on a meeting's agenda: a major decision tabled with its exact version and the materials
 * the meeting saw, or any other topic with its materials; its own legality review (ReviewType
 * MEETING_TOPIC) on a 常务会议; and once deliberated the speeches in order, the outcome, the majority
 * view, the head's reason when the outcome goes against it, and the conclusion.
 */
public record MeetingTopic(Long id, Long meetingId, int seq, TopicKind kind, String title, Long sponsorUnitId,
        Long decisionId, Long decisionVersionId, String materials, String materialsSha256, TopicStatus status,
        TopicOutcome outcome, Stance majority, String headReason, String conclusion, String removedReason,
        List<MeetingSpeech> speeches) {

    /** How the review desk and audit refer to a topic. */
    public static final SubjectType SUBJECT = new SubjectType(DecisionCatalog.MODULE, "meeting-topic");

    public MeetingTopic {
        speeches = speeches == null ? List.of() : List.copyOf(speeches);
    }

    /** What a topic is. */
    public enum TopicKind {
        MAJOR_DECISION,
        OTHER
    }

    /** Where a topic stands. */
    public enum TopicStatus {
        LISTED,
        DELIBERATED,
        REMOVED
    }

    /** What the meeting decided on a topic (通过、修改后再次讨论、不予通过). */
    public enum TopicOutcome {
        PASSED,
        REVISE,
        NOT_PASSED
    }

    /** A speaker's position on the topic. */
    public enum Stance {
        AGREE,
        DISAGREE,
        ABSTAIN
    }
}
