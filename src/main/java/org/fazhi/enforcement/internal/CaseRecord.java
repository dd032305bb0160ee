package org.fazhi.enforcement.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.fazhi.enforcement.ActionKind;
import org.fazhi.enforcement.CaseStatus;
import org.fazhi.enforcement.ChangeKind;
import org.fazhi.enforcement.Circumstance;
import org.fazhi.enforcement.DecisionOutcome;
import org.fazhi.enforcement.ExecutionMethod;
import org.fazhi.enforcement.Harm;
import org.fazhi.enforcement.PartyKind;
import org.fazhi.enforcement.PenaltyType;
import org.fazhi.enforcement.ProcedureKind;
import org.fazhi.enforcement.ServiceMethod;
import org.fazhi.shared.privacy.Encrypted;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The enforcement case as an aggregate root (the row that carries the procedure): Spring Data JDBC
 * saves it whole, and {@code lockVersion} makes every save conditional on the version read (a
 * concurrent or stale save fails, answered 409). The records that belong to it — the team, acts,
 * evidence, review packets, extensions — are appended by their stores. Steps change it only
 * through the methods below.
 */
@Table("enforcement_case")
public class CaseRecord {

    @Id
    private Long id;
    private Long agencyId;
    private Long unitId;
    private String caseNo;
    private ActionKind kind;
    private ProcedureKind procedureKind;
    private Long powerItemId;
    private String powerItemName;
    private String cause;
    private LocalDate occurredOn;
    private PartyKind partyKind;
    private String partyName;
    @Encrypted(value = CaseStore.PARTY_ID_NO, index = "partyIdIndex", upperCaseForIndex = true)
    private String partyIdNo;
    private String partyIdIndex;
    @Encrypted(CaseStore.PARTY_CONTACT)
    private String partyContact;
    @Encrypted(CaseStore.PARTY_ADDRESS)
    private String partyAddress;
    private boolean partyMinor;
    private String facts;
    private boolean majorPublicInterest;
    private boolean complexCase;
    private CaseStatus status;
    private LocalDate openedOn;
    private String violationCode;
    private Circumstance circumstance;
    private boolean firstOffence;
    private Harm harm;
    private boolean corrected;
    private DecisionOutcome proposedOutcome;
    private PenaltyType proposedPenaltyType;
    private BigDecimal proposedAmount;
    private Long benchmarkId;
    private String deviationReason;
    private Long exemptionItemId;
    private int proposalVersion;
    private Long answersReviewId;
    private String reviewResponse;
    private LocalDate notifiedOn;
    private PenaltyType notifiedPenaltyType;
    private BigDecimal notifiedAmount;
    private boolean hearingRights;
    private LocalDate statementWaivedOn;
    private LocalDate hearingRequestedOn;
    private LocalDate hearingNoticeOn;
    private LocalDate hearingOn;
    private LocalDate hearingHeldOn;
    private String hearingSummary;
    private LocalDate discussedOn;
    private String discussionMeeting;
    private String discussionConclusion;
    private String decisionNo;
    private LocalDate decidedOn;
    private DecisionOutcome outcome;
    private PenaltyType penaltyType;
    private BigDecimal amount;
    private String decisionText;
    private LocalDate educationOn;
    private String educationRecord;
    private LocalDate servedOn;
    private ServiceMethod serviceMethod;
    private LocalDate executedOn;
    private ExecutionMethod executionMethod;
    private String executionNote;
    private LocalDate closedOn;
    private String closeReason;
    private LocalDate archivedOn;
    private LocalDate changedOn;
    private ChangeKind changeKind;
    private String changeReason;
    private Long decisionDeadlineId;
    private Long publicationDeadlineId;
    private Long withdrawalDeadlineId;
    private boolean imported;
    private String sourceSystem;
    private String externalId;
    private Long createdBy;
    private OffsetDateTime createdAt;
    private OffsetDateTime updatedAt;
    @Version
    @Column("lock_version")
    private Integer lockVersion;

    CaseRecord() {
    }

    /** A case opened (立案) on a power item of the agency. */
    public static CaseRecord opened(long agencyId, long unitId, String caseNo, ActionKind kind, ProcedureKind procedure,
            Long powerItemId, String powerItemName, String cause, LocalDate occurredOn, PartyKind partyKind,
            String partyName, String partyIdNo, String partyContact, String partyAddress, boolean partyMinor,
            String facts, boolean majorPublicInterest, boolean complex, LocalDate openedOn, Long createdBy,
            OffsetDateTime now) {
        CaseRecord r = new CaseRecord();
        r.agencyId = agencyId;
        r.unitId = unitId;
        r.caseNo = caseNo;
        r.kind = kind;
        r.procedureKind = procedure;
        r.powerItemId = powerItemId;
        r.powerItemName = powerItemName;
        r.cause = cause;
        r.occurredOn = occurredOn;
        r.partyKind = partyKind;
        r.partyName = partyName;
        r.partyIdNo = partyIdNo;
        r.partyContact = partyContact;
        r.partyAddress = partyAddress;
        r.partyMinor = partyMinor;
        r.facts = facts;
        r.majorPublicInterest = majorPublicInterest;
        r.complexCase = complex;
        r.status = CaseStatus.INVESTIGATING;
        r.openedOn = openedOn;
        r.createdBy = createdBy;
        r.createdAt = now;
        r.updatedAt = now;
        return r;
    }

    public Long id() {
        return id;
    }

    public Integer lockVersion() {
        return lockVersion;
    }

    public CaseStatus status() {
        return status;
    }

    public void moveTo(CaseStatus next, OffsetDateTime now) {
        status = next;
        updatedAt = now;
    }

    public void tracked(Long decisionDeadline) {
        decisionDeadlineId = decisionDeadline;
    }

    /** The findings and the proposed decision; every proposal is a new version the review must see. */
    public void proposed(String code, Circumstance c, boolean first, Harm h, boolean corr,
            DecisionOutcome proposed, PenaltyType type, BigDecimal amt, Long benchmark, String deviation,
            Long exemption, Long answersReview, String response, OffsetDateTime now) {
        violationCode = code;
        circumstance = c;
        firstOffence = first;
        harm = h;
        corrected = corr;
        proposedOutcome = proposed;
        proposedPenaltyType = type;
        proposedAmount = amt;
        benchmarkId = benchmark;
        deviationReason = deviation;
        exemptionItemId = exemption;
        answersReviewId = answersReview;
        reviewResponse = response;
        proposalVersion++;
        updatedAt = now;
    }

    public void notified(LocalDate on, boolean rights, OffsetDateTime now) {
        notifiedOn = on;
        notifiedPenaltyType = proposedPenaltyType;
        notifiedAmount = proposedAmount;
        hearingRights = rights;
        statementWaivedOn = null;
        hearingRequestedOn = null;
        hearingNoticeOn = null;
        hearingOn = null;
        hearingHeldOn = null;
        hearingSummary = null;
        updatedAt = now;
    }

    public void statementWaived(LocalDate on, OffsetDateTime now) {
        statementWaivedOn = on;
        updatedAt = now;
    }

    public void hearingRequested(LocalDate on, OffsetDateTime now) {
        hearingRequestedOn = on;
        updatedAt = now;
    }

    public void hearingScheduled(LocalDate noticeOn, LocalDate on, OffsetDateTime now) {
        hearingNoticeOn = noticeOn;
        hearingOn = on;
        updatedAt = now;
    }

    public void hearingHeld(LocalDate on, String summary, OffsetDateTime now) {
        hearingHeldOn = on;
        hearingSummary = summary;
        updatedAt = now;
    }

    public void discussed(LocalDate on, String meeting, String conclusion, OffsetDateTime now) {
        discussedOn = on;
        discussionMeeting = meeting;
        discussionConclusion = conclusion;
        updatedAt = now;
    }

    public void decided(String number, LocalDate on, DecisionOutcome o, PenaltyType type, BigDecimal amt, String text,
            LocalDate educated, String education, OffsetDateTime now) {
        decisionNo = number;
        decidedOn = on;
        outcome = o;
        penaltyType = type;
        amount = amt;
        decisionText = text;
        educationOn = educated;
        educationRecord = education;
        updatedAt = now;
    }

    public void publicationTracked(Long deadlineId) {
        publicationDeadlineId = deadlineId;
    }

    public void served(LocalDate on, ServiceMethod method, OffsetDateTime now) {
        servedOn = on;
        serviceMethod = method;
        updatedAt = now;
    }

    public void executed(LocalDate on, ExecutionMethod method, String note, OffsetDateTime now) {
        executedOn = on;
        executionMethod = method;
        executionNote = note;
        updatedAt = now;
    }

    public void closed(LocalDate on, String reason, OffsetDateTime now) {
        closedOn = on;
        closeReason = reason;
        updatedAt = now;
    }

    public void archived(LocalDate on, OffsetDateTime now) {
        archivedOn = on;
        updatedAt = now;
    }

    public void changed(LocalDate on, ChangeKind kind, String reason, Long withdrawalDeadline, OffsetDateTime now) {
        changedOn = on;
        changeKind = kind;
        changeReason = reason;
        withdrawalDeadlineId = withdrawalDeadline;
        updatedAt = now;
    }

    public void touched(OffsetDateTime now) {
        updatedAt = now;
    }
}
