package org.fazhi.decisions;

import java.time.LocalDate;
import java.util.List;
import org.fazhi.shared.SubjectType;

/**
 * A government meeting (政府常务会议、全体会议) as read: the government, the kind, its title (第N次常务会议),
 * date and place, where it stands, who attended (the head of government marked), and its agenda.
 */
public record Meeting(Long id, Long unitId, MeetingKind kind, String title, LocalDate meetingDate, String place,
        MeetingStatus status, LocalDate closedOn, String cancelledReason, List<MeetingAttendee> attendees,
        List<MeetingTopic> topics, int version) {

    /** How audit entries refer to a meeting. */
    public static final SubjectType SUBJECT = new SubjectType(DecisionCatalog.MODULE, "government-meeting");

    public Meeting {
        attendees = attendees == null ? List.of() : List.copyOf(attendees);
        topics = topics == null ? List.of() : List.copyOf(topics);
    }

    /** The head of government (行政首长) among the attendees, if recorded. */
    public MeetingAttendee head() {
        return attendees.stream().filter(MeetingAttendee::head).findFirst().orElse(null);
    }
}
