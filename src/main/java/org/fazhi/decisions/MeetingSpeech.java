package org.fazhi.decisions;

/**
 * One speaker on a topic, in order: who (name and position as recorded), the position taken, what they
 * said, and whether it dissents from the outcome (不同意见如实载明).
 */
public record MeetingSpeech(Long id, int seq, Long attendeeId, String name, String position, boolean head,
        MeetingTopic.Stance stance, String opinion, boolean dissent) {
}
