package org.fazhi.disputes;

import java.time.LocalDate;
import org.fazhi.shared.SubjectType;

/**
 * A petition (信访事项) as the console and the API read it: the petitioner (a natural person: masked on
 * lists, never public), how many came, the subject and request; the acceptance decision (accepted, not
 * accepted with the reason, or transferred to the body with power), the handling period and its approved
 * extension, and the written reply. The two deadlines (PT-01, PT-02) are on the 督办台.
 */
public record Petition(Long id, Long unitId, String petitionNo, LocalDate receivedOn, PetitionChannel channel,
        String petitionerName, String idNumber, String phone, String address, int groupSize, String subject,
        String requestText, PetitionStatus status, Long acceptanceDeadlineId, Long handlingDeadlineId,
        LocalDate decidedOn, String declineReason, String transferredTo, String extensionReason,
        LocalDate extendedOn, LocalDate repliedOn, ReplyOutcome replyOutcome, String replyText, int version) {

    /** How other modules (deadlines, audit) refer to a petition. */
    public static final SubjectType SUBJECT = new SubjectType(Disputes.MODULE, "petition");

    /** As staff lists show it: the petitioner's name, identity number and phone masked, no address. */
    public Petition masked() {
        return new Petition(id, unitId, petitionNo, receivedOn, channel, StaffMasks.name(petitionerName),
                StaffMasks.identifier(idNumber), StaffMasks.identifier(phone), null, groupSize, subject, requestText,
                status, acceptanceDeadlineId, handlingDeadlineId, decidedOn, declineReason, transferredTo,
                extensionReason, extendedOn, repliedOn, replyOutcome, replyText, version);
    }
}
