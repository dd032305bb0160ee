package org.fazhi.governance;

import java.time.LocalDate;
import java.util.List;

/** A meeting or study session of a unit: kind, date, topic, participants (and how many), minutes, place, files. */
public record Meeting(long id, long unitId, MeetingKind kind, LocalDate heldOn, String topic, String participants,
        int participantCount, String minutes, String venue, List<Long> fileIds) {

    public Meeting {
        fileIds = List.copyOf(fileIds);
    }
}
