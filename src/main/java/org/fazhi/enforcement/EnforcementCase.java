package org.fazhi.enforcement;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.fazhi.shared.SubjectType;

/**
 * An enforcement case as the console and the API read it: the agency and power item, the party, the
 * findings and the proposal (with the benchmark and exemption it was checked against), the party's
 * rights, collective discussion, the decision, its service and execution, closing and archive, a
 * later change of the decision, and the deadlines it carries. The party's identity number and
 * contacts are only for the agency's staff; the public side never shows them.
 */
public record EnforcementCase(Long id, Long agencyId, Long unitId, String caseNo, ActionKind kind,
        ProcedureKind procedure, Long powerItemId, String powerItemName, String cause, LocalDate occurredOn,
        PartyKind partyKind, String partyName, String partyIdNo, String partyContact, String partyAddress,
        boolean partyMinor, String facts, boolean majorPublicInterest, boolean complex, CaseStatus status,
        LocalDate openedOn, String violationCode, Circumstance circumstance, boolean firstOffence, Harm harm,
        boolean corrected, DecisionOutcome proposedOutcome, PenaltyType proposedPenaltyType,
        BigDecimal proposedAmount, Long benchmarkId, String deviationReason, Long exemptionItemId,
        int proposalVersion, Long answersReviewId, String reviewResponse, LocalDate notifiedOn,
        PenaltyType notifiedPenaltyType, BigDecimal notifiedAmount, boolean hearingRights,
        LocalDate statementWaivedOn, LocalDate hearingRequestedOn, LocalDate hearingNoticeOn, LocalDate hearingOn,
        LocalDate hearingHeldOn, String hearingSummary, LocalDate discussedOn, String discussionMeeting,
        String discussionConclusion, String decisionNo, LocalDate decidedOn, DecisionOutcome outcome,
        PenaltyType penaltyType, BigDecimal amount, String decisionText, LocalDate educationOn,
        String educationRecord, LocalDate servedOn, ServiceMethod serviceMethod, LocalDate executedOn,
        ExecutionMethod executionMethod, String executionNote, LocalDate closedOn, String closeReason,
        LocalDate archivedOn, LocalDate changedOn, ChangeKind changeKind, String changeReason,
        Long decisionDeadlineId, Long publicationDeadlineId, Long withdrawalDeadlineId, boolean imported,
        String sourceSystem, String externalId, int version) {

    public static final SubjectType SUBJECT = new SubjectType(Agency.MODULE, "enforcement-case");

    /** The date benchmarks and lists are read on: when the violation occurred, else the opening. */
    public LocalDate caseDate() {
        return occurredOn != null ? occurredOn : openedOn;
    }

    public boolean summary() {
        return procedure == ProcedureKind.SUMMARY;
    }
}
