package org.fazhi.decisions.internal;

import org.fazhi.decisions.MeetingTopic;
import org.fazhi.shared.procedure.Gate;
import org.fazhi.shared.procedure.Refusal;

/** The gates of a government meeting's procedure, each written once. */
public final class MeetingPolicies {

    private MeetingPolicies() {
    }

    /** Meetings are prepared and recorded by the government office's staff and the 法治办 (roles). */
    public static final Gate<MeetingFacts> ONLY_ORGANISERS = Gate.require(MeetingFacts::actorMayOrganise, "role",
            "decisions.refused.role");

    /** Only the government holding the meeting (or one above it) works on it. */
    public static final Gate<MeetingFacts> ONLY_THE_MEETING_GOVERNMENT = Gate.require(MeetingFacts::actorOrganises,
            "not-meeting-unit", "decisions.refused.not-meeting-unit");

    /** A topic step is on a topic still on the agenda and not yet deliberated. */
    public static final Gate<MeetingFacts> TOPIC_ON_THE_AGENDA = Gate.require(
            f -> f.topic().map(t -> t.status() == MeetingTopic.TopicStatus.LISTED).orElse(true), "topic-not-listed",
            "decisions.refused.topic-not-listed");

    /** A topic goes to the review desk once. */
    public static final Gate<MeetingFacts> TOPIC_NOT_YET_REVIEWED = Gate.require(
            f -> f.topic().map(t -> f.review(t) == MeetingFacts.TopicReview.NONE).orElse(true),
            "topic-review-exists", "decisions.refused.topic-review-exists");

    /**
     * Every topic on a 常务会议's agenda carries a legality review, whether or not it is a major
     * decision (seed 001 §1.2: 会议议题合法性审查): a topic without a passing review is not deliberated.
     */
    public static final Gate<MeetingFacts> TOPIC_REVIEWED = Gate.of("topic-unreviewed", f -> f.topic()
            .filter(t -> f.reviewRequired() && f.review(t) != MeetingFacts.TopicReview.PASSED)
            .map(t -> f.review(t) == MeetingFacts.TopicReview.UNLAWFUL
                    ? Refusal.of("topic-unlawful", "decisions.refused.topic-unlawful", t.title())
                    : Refusal.of("topic-unreviewed", "decisions.refused.topic-unreviewed", t.title())));

    /** The attendance is recorded on or after the meeting's day. */
    public static final Gate<MeetingFacts> MEETING_DAY_REACHED = Gate.require(
            f -> !f.today().isBefore(f.meeting().meetingDate()), "meeting-not-yet",
            f -> Refusal.of("meeting-not-yet", "decisions.refused.meeting-not-yet", f.meeting().meetingDate()));

    /** A 常务会议 is closed only when every topic on its agenda carries a passing legality review. */
    public static final Gate<MeetingFacts> EVERY_TOPIC_REVIEWED = Gate.require(f -> f.unreviewed() == 0,
            "topic-unreviewed", f -> Refusal.of("topic-unreviewed", "decisions.refused.topics-unreviewed",
                    String.valueOf(f.unreviewed())));

    /** A meeting is closed only when every topic was deliberated or taken off the agenda. */
    public static final Gate<MeetingFacts> EVERY_TOPIC_DECIDED = Gate.require(f -> f.undecided() == 0,
            "topic-undecided", f -> Refusal.of("topic-undecided", "decisions.refused.topic-undecided",
                    String.valueOf(f.undecided())));
}
