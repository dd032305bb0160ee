package org.fazhi.disclosure;

import java.time.LocalDate;
import org.fazhi.shared.SubjectType;

/**
 * A request for government information as staff read it. The requester's identity and contact are
 * personal data: in this view they are masked ({@code requesterName} of a natural person, the ID number
 * and the contact); the full values come only from {@link DisclosureRequests#reveal} with a reason, audited.
 * {@code deliveryForm}: the form of delivery asked for (null: not stated); {@code correctionAnswer}: the
 * requester's own 补正 text when it came through the portal.
 */
public record DisclosureRequest(long id, long unitId, String receiptNo, Channel channel, RequesterType requesterType,
        String requesterName, String requesterIdNo, String requesterContact, String content, LocalDate receivedOn,
        RequestStatus status, LocalDate clockStart, LocalDate correctionAskedOn, String correctionNote,
        LocalDate correctionReceivedOn, String consultParty, LocalDate consultStartedOn, LocalDate consultEndedOn,
        LocalDate extendedOn, String extensionReason, String extensionApprover, ReplyReason replyReason,
        String replyNote, LocalDate repliedOn, Long replyDeadlineId, Long correctionDeadlineId,
        Long consultDeadlineId, DeliveryForm deliveryForm, String correctionAnswer, int version) {

    public static final String MODULE = "disclosure";
    public static final SubjectType SUBJECT = new SubjectType(MODULE, "disclosure-request");

    public boolean replied() {
        return status == RequestStatus.REPLIED;
    }

    public ReplyType replyType() {
        return replyReason == null ? null : replyReason.type();
    }
}
