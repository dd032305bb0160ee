package org.fazhi.disputes;

import java.time.LocalDate;
import org.fazhi.shared.SubjectType;

/**
 * A dispute taken up by a mediation committee, as the console and the API read it: intake, screening
 * (accepted with a mediator, or declined with the reason), the agreement (its text, whether oral, when
 * signed and when it took effect — the start of the parties' judicial-confirmation window, PM-01), what
 * the parties did with that window, its fulfilment, or the failure with its reason. The parties are
 * {@link Party} records of the case.
 */
public record MediationCase(Long id, Long orgId, Long unitId, String caseNo, LocalDate receivedOn, CaseSource source,
        DisputeCategory category, String summary, MediationStatus status, Long mediatorId, LocalDate acceptedOn,
        String declineReason, String agreementText, Boolean agreementOral, LocalDate agreementSignedOn,
        LocalDate agreementEffectiveOn, Long confirmationDeadlineId, ConfirmationOutcome confirmationOutcome,
        LocalDate confirmationOn, String confirmationCourt, LocalDate fulfilledOn, String fulfilmentNote,
        String failureReason, LocalDate closedOn, int version) {

    /** How other modules (deadlines, audit) refer to a mediation case. */
    public static final SubjectType SUBJECT = new SubjectType(Disputes.MODULE, "mediation-case");
}
