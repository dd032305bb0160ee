package org.fazhi.tickets;

import java.time.LocalDate;
import org.fazhi.shared.SubjectType;

/**
 * A ticket as staff read it. The complainant's identity is personal data: in this view it is masked
 * ({@code complainantName}, {@code complainantPhone}, {@code complainantIdNo}, {@code complainantAddress});
 * the full values come only from {@link Tickets#reveal} with a reason, audited.
 */
public record Ticket(long id, String receiptNo, TicketChannel channel, TicketType type, String title,
        String description, String location, String complainantName, String complainantPhone,
        String complainantIdNo, String complainantAddress, long intakeUnitId, long unitId, TicketStatus status,
        LocalDate receivedOn, LocalDate assignedOn, LocalDate clockStart, Long clockDeadlineId, LocalDate pausedOn,
        String pauseReason, LocalDate repliedOn, String replyText, Long callbackDeadlineId,
        Satisfaction satisfaction, LocalDate ratedOn, int reopenCount, LocalDate closedOn, String sourceSystem,
        int version) {

    public static final String MODULE = "tickets";
    public static final SubjectType SUBJECT = new SubjectType(MODULE, "ticket");

    public boolean closed() {
        return status == TicketStatus.CLOSED;
    }
}
