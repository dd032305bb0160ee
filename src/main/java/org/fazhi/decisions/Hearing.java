package org.fazhi.decisions;

import java.time.LocalDate;
import java.util.List;
import org.fazhi.shared.SubjectType;

/**
 * A hearing (听证会) on a decision: its date and place, the announcement, the participants and when
 * their list was published (in advance, MD-03), the last day the materials may reach them (7 days
 * before the hearing, counted back), when they were delivered, and once held the transcript (笔录).
 */
public record Hearing(Long id, Long decisionId, int roundNo, HearingStatus status, LocalDate hearingDate,
        String place, String announcement, LocalDate announcedOn, LocalDate lastDeliveryDay, Long deadlineId,
        LocalDate participantsPublishedOn, LocalDate materialsDeliveredOn, LocalDate heldOn, String transcript,
        String summary, String cancelledReason, List<HearingParticipant> participants) {

    /** How the 督办台 refers to a hearing's materials duty. */
    public static final SubjectType SUBJECT = new SubjectType(DecisionCatalog.MODULE, "decision-hearing");

    public Hearing {
        participants = participants == null ? List.of() : List.copyOf(participants);
    }

    /** Where a hearing stands. */
    public enum HearingStatus {
        ANNOUNCED,
        HELD,
        CANCELLED
    }

    /** One participant as selected (名单提前公布): name, the group they stand for, affiliation. */
    public record HearingParticipant(Long id, int seq, String name, String category, String affiliation) {
    }

    public boolean active() {
        return status == HearingStatus.ANNOUNCED;
    }

    /** The materials reached the participants at least 7 days before (on or before the last day). */
    public boolean materialsInTime() {
        return materialsDeliveredOn != null && !materialsDeliveredOn.isAfter(lastDeliveryDay);
    }
}
