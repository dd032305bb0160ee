package org.fazhi.decisions.internal;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.fazhi.decisions.Meeting;
import org.fazhi.decisions.MeetingKind;
import org.fazhi.decisions.MeetingStatus;
import org.fazhi.decisions.MeetingTopic;

/**
 * What the gates of a meeting's procedure read: the meeting with its attendees and agenda, the actor's
 * standing (works for the government; holds a role that organises meetings), the legality review of
 * each topic as the desk has it, the topic a step is about (if any), and today.
 */
public record MeetingFacts(Meeting meeting, boolean actorOrganises, boolean actorMayOrganise,
        Map<Long, TopicReview> reviews, Optional<MeetingTopic> topic, LocalDate today) {

    /** Where a topic's legality review stands. */
    public enum TopicReview {
        NONE,
        PENDING,
        PASSED,
        UNLAWFUL
    }

    public MeetingFacts {
        reviews = Map.copyOf(reviews);
    }

    public MeetingStatus status() {
        return meeting.status();
    }

    public TopicReview review(MeetingTopic t) {
        return reviews.getOrDefault(t.id(), TopicReview.NONE);
    }

    /** On a 常务会议 every topic carries a legality review (seed 001 §1.2). */
    public boolean reviewRequired() {
        return meeting.kind() == MeetingKind.EXECUTIVE;
    }

    /** The same facts with the step about one topic. */
    public MeetingFacts about(MeetingTopic t) {
        return new MeetingFacts(meeting, actorOrganises, actorMayOrganise, reviews, Optional.ofNullable(t), today);
    }

    /** Topics still on the agenda whose review has not passed (a 常务会议's). */
    public long unreviewed() {
        if (!reviewRequired()) {
            return 0;
        }
        return meeting.topics().stream().filter(t -> t.status() != MeetingTopic.TopicStatus.REMOVED)
                .filter(t -> review(t) != TopicReview.PASSED).count();
    }

    public long undecided() {
        return meeting.topics().stream().filter(t -> t.status() == MeetingTopic.TopicStatus.LISTED).count();
    }
}
