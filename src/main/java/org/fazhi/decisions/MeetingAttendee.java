package org.fazhi.decisions;

/**
 * Someone at a government meeting: name, position, whether they are the head of government (行政首长,
 * who speaks last), and whether they are a member who takes part in the decision (组成人员; 列席 not).
 */
public record MeetingAttendee(Long id, int seq, String name, String position, boolean head, boolean voting) {
}
