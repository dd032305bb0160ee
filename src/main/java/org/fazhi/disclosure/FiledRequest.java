package org.fazhi.disclosure;

import java.time.LocalDate;

/** What the requester keeps after filing: the receipt number and the verification code to track it with. */
public record FiledRequest(long id, String receiptNo, String verificationCode, LocalDate receivedOn, LocalDate replyDue)
        implements java.io.Serializable {
}
