package org.fazhi.reconsideration;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.fazhi.deadlines.TrackedDeadline;
import org.fazhi.shared.procedure.Guide;

/**
 * A case page in one read: the case (the applicant's identity masked for readers who do not handle
 * it), the actor's standing, the guide, the names beside it, how the parties were heard, the
 * suspensions, the incidental review, the letters, the files (for the body's staff), the clocks on
 * the 督办台, whether the simplified procedure is open to it, and for an application through the
 * penalising agency the last day that agency had to forward it (RC-03).
 */
public record CaseOverview(ReconsiderationCase c, boolean handler, boolean respondent, Guide<CaseStatus> guide,
        String bodyName, String unitName, String respondentName, List<Hearing> hearings,
        List<CaseSuspension> suspensions, NormdocReview normdoc, List<OpinionLetter> letters,
        List<CaseAttachment> attachments, List<Clock> clocks, boolean simplifiedEligible, LocalDate forwardingDue,
        Map<Long, String> unitNames, LocalDate today) {

    /** One clock of the case: its rule and the deadline as the register has it. */
    public record Clock(String ruleId, TrackedDeadline deadline) {
    }

    public boolean forwardedLate() {
        return forwardingDue != null && c.receivedOn().isAfter(forwardingDue);
    }
}
