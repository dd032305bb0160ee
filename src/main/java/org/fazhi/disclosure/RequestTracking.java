package org.fazhi.disclosure;

import java.time.LocalDate;

/**
 * What the requester sees on the portal by receipt number and verification code: where the request
 * stands, its due date, the 补正 notice's text when one was sent, and the reply type and date once
 * replied — never internal notes or staff names.
 */
public record RequestTracking(String receiptNo, String unitName, LocalDate receivedOn, RequestStatus status,
        LocalDate replyDue, boolean paused, String correctionNote, LocalDate correctionAskedOn, ReplyType replyType,
        ReplyReason replyReason, LocalDate repliedOn) {
}
