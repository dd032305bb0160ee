package org.fazhi.disclosure.internal;

import java.time.LocalDate;
import org.fazhi.disclosure.DisclosureRequest;
import org.fazhi.disclosure.RequestStatus;

/**
 * What the gates of a disclosure request read: the request, whether the acting user's roles handle
 * disclosure (the drafting offices and the 法治办 of the unit), the reply limit's current due date (null
 * while no clock runs), today, and whether the one acting is the requester, known by the receipt number and
 * verification code on the portal.
 */
public record RequestFacts(DisclosureRequest request, boolean actorHandles, LocalDate replyDue, LocalDate today,
        boolean requesterVerified) {

    /** Facts of a step staff take (the requester is not the one acting). */
    public RequestFacts(DisclosureRequest request, boolean actorHandles, LocalDate replyDue, LocalDate today) {
        this(request, actorHandles, replyDue, today, false);
    }

    public RequestStatus status() {
        return request.status();
    }
}
