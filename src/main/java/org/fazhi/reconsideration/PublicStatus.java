package org.fazhi.reconsideration;

import java.time.LocalDate;
import java.util.List;

/**
 * What an applicant sees of an application on the portal, by receipt number and verification code:
 * where it stands and what happened when, what to supply if a 补正 is asked, the decision period — and
 * no one's personal data, internal notes or the respondent's answer.
 */
public record PublicStatus(String receiptNo, String bodyName, String respondentName, LocalDate receivedOn,
        CaseStatus status, ProcedureKind procedure, List<Event> events, String correctionItems,
        LocalDate correctionDue, LocalDate decisionDue, boolean paused, DecisionOutcome outcome, String decisionNo,
        LocalDate closedOn, String refusalReason, String competentBody) {

    /** One thing that happened, in words: a message key and its arguments. */
    public record Event(LocalDate on, String key, List<Object> args) {
    }

    public boolean correctionOpen() {
        return status == CaseStatus.AWAITING_CORRECTION;
    }
}
