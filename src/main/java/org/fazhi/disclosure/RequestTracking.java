package org.fazhi.disclosure;

import java.time.LocalDate;

/**
 * What the requester sees on the portal by receipt number and verification code: where the request
 * stands, its due date with the working days left on the official calendar (null while no clock runs or
 * once replied), whether the clock is paused or was extended, the 补正 notice's text when one was sent and
 * when the 补正 came, and the reply type and date once replied (then the reply letter can be downloaded) —
 * never names, internal notes or staff names.
 */
public record RequestTracking(String receiptNo, String unitName, LocalDate receivedOn, RequestStatus status,
        LocalDate replyDue, boolean paused, Integer workingDaysLeft, boolean extended, String correctionNote,
        LocalDate correctionAskedOn, LocalDate correctionReceivedOn, ReplyType replyType, ReplyReason replyReason,
        LocalDate repliedOn, DeliveryForm deliveryForm) {

    /** The requester may answer the 补正 notice on the portal now. */
    public boolean awaitingCorrection() {
        return status == RequestStatus.AWAITING_CORRECTION;
    }

    /** The reply letter can be downloaded. */
    public boolean letterAvailable() {
        return status == RequestStatus.REPLIED;
    }

    /** The reply limit has passed without a reply (never while paused). */
    public boolean overdue() {
        return workingDaysLeft != null && workingDaysLeft < 0 && !paused;
    }
}
