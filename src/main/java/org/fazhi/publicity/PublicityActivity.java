package org.fazhi.publicity;

import java.time.LocalDate;
import org.fazhi.shared.SubjectType;

/**
 * A publicity activity as the console and the API read it: the organising unit, the line of its
 * responsibility list it carries out (if any), what, when, where and for whom; when it was announced on the
 * public calendar, when it was held with its reach, or why it was cancelled.
 */
public record PublicityActivity(Long id, Long unitId, Long dutyId, String title, ActivityKind kind,
        LocalDate startsOn, LocalDate endsOn, String place, String audience, String description, String materials,
        ActivityStatus status, LocalDate announcedOn, LocalDate heldOn, Integer participants, Integer copies,
        String cancelReason, int version) {

    /** How other modules (audit) refer to a publicity activity. */
    public static final SubjectType SUBJECT = new SubjectType(Publicity.MODULE, "publicity-activity");
}
