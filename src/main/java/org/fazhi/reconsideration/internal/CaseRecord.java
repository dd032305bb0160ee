package org.fazhi.reconsideration.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.fazhi.reconsideration.CaseStatus;
import org.fazhi.shared.privacy.Encrypted;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The reconsideration case as an aggregate root (the row that carries the procedure): Spring Data
 * JDBC saves it whole and {@code lockVersion} makes every save conditional on the version read. The
 * records appended to it — suspensions, hearings, the incidental review, letters, attachments — are
 * kept by their stores. The steps change it only through the methods below.
 */
@Table("reconsideration_case")
public class CaseRecord {

    @Id
    private Long id;
    private Long bodyId;
    private Long unitId;
    private String receiptNo;
    private String verificationHash;
    private String channel;
    private CaseStatus status;
    private String applicantType;
    @Encrypted(CaseStore.APPLICANT_NAME)
    private String applicantName;
    private String applicantIdType;
    @Encrypted(CaseStore.APPLICANT_ID_NO)
    private String applicantIdNo;
    @Encrypted(CaseStore.APPLICANT_PHONE)
    private String applicantPhone;
    @Encrypted(CaseStore.APPLICANT_ADDRESS)
    private String applicantAddress;
    @Encrypted(CaseStore.AGENT_NAME)
    private String agentName;
    private Long respondentUnitId;
    private String actType;
    private String actDescription;
    private LocalDate actDate;
    private LocalDate knowledgeDate;
    private boolean onTheSpot;
    private boolean warningOrCriticism;
    private BigDecimal amount;
    private boolean realProperty;
    private boolean informedOfRight;
    private LocalDate rightKnownDate;
    private Integer specialPeriodDays;
    private String specialPeriodLaw;
    private LocalDate obstacleFrom;
    private LocalDate obstacleTo;
    private String requests;
    private String factsAndReasons;
    private String normdocTitle;
    private LocalDate receivedOn;
    private LocalDate agencyReceivedOn;
    private LocalDate windowDue;
    private boolean windowOk;
    private String windowRule;
    private boolean precondition;
    private String preconditionBasis;
    private String correctionItems;
    private LocalDate correctionNotifiedOn;
    private boolean correctionExtended;
    private LocalDate correctionReceivedOn;
    private String correctionNote;
    private String procedureKind;
    private LocalDate acceptedOn;
    private boolean deemedAccepted;
    private LocalDate refusedOn;
    private String refusalReason;
    private String competentBody;
    private LocalDate withdrawnOn;
    private String withdrawalReason;
    private LocalDate copySentOn;
    private LocalDate respondentReceivedOn;
    private LocalDate answerReceivedOn;
    private String answerSummary;
    private LocalDate extendedOn;
    private String extensionApprover;
    private String extensionReason;
    private LocalDate convertedOn;
    private String conversionApprover;
    private String conversionReason;
    private LocalDate suspendedOn;
    private String suspensionGround;
    private String outcome;
    private String decisionNo;
    private LocalDate decidedOn;
    private String decisionSummary;
    private String resolutionKind;
    private String resolutionDocNo;
    private LocalDate resolutionOn;
    private String resolutionSummary;
    private String terminationGround;
    private LocalDate terminatedOn;
    private String terminationReason;
    private LocalDate closedOn;
    private Long acceptanceDeadlineId;
    private Long correctionDeadlineId;
    private Long copyDeadlineId;
    private Long answerDeadlineId;
    private Long decisionDeadlineId;
    private Long suspensionDeadlineId;
    private Long createdBy;
    private OffsetDateTime createdAt;
    private OffsetDateTime updatedAt;
    @Version
    @Column("lock_version")
    private Integer lockVersion;

    CaseRecord() {
    }

    /** What an application says about the applicant, the respondent and the act. */
    public record Application(long bodyId, long unitId, String channel, String applicantType, String applicantName,
            String idType, String idNo, String phone, String address, String agentName, long respondentUnitId,
            String actType, String actDescription, LocalDate actDate, LocalDate knowledgeDate, boolean onTheSpot,
            boolean warningOrCriticism, BigDecimal amount, boolean realProperty, boolean informedOfRight,
            LocalDate rightKnownDate, Integer specialPeriodDays, String specialPeriodLaw, LocalDate obstacleFrom,
            LocalDate obstacleTo, String requests, String factsAndReasons, String normdocTitle, LocalDate receivedOn,
            LocalDate agencyReceivedOn) {
    }

    /** A new application in the acceptance review, with its period checked and 复议前置 identified. */
    public static CaseRecord received(Application a, String receiptNo, String verificationHash, LocalDate windowDue,
            boolean windowOk, String windowRule, String preconditionBasis, Long createdBy, OffsetDateTime now) {
        CaseRecord r = new CaseRecord();
        r.bodyId = a.bodyId();
        r.unitId = a.unitId();
        r.receiptNo = receiptNo;
        r.verificationHash = verificationHash;
        r.channel = a.channel();
        r.status = CaseStatus.RECEIVED;
        r.applicantType = a.applicantType();
        r.applicantName = a.applicantName();
        r.applicantIdType = a.idType();
        r.applicantIdNo = a.idNo();
        r.applicantPhone = a.phone();
        r.applicantAddress = a.address();
        r.agentName = a.agentName();
        r.respondentUnitId = a.respondentUnitId();
        r.actType = a.actType();
        r.actDescription = a.actDescription();
        r.actDate = a.actDate();
        r.knowledgeDate = a.knowledgeDate();
        r.onTheSpot = a.onTheSpot();
        r.warningOrCriticism = a.warningOrCriticism();
        r.amount = a.amount();
        r.realProperty = a.realProperty();
        r.informedOfRight = a.informedOfRight();
        r.rightKnownDate = a.rightKnownDate();
        r.specialPeriodDays = a.specialPeriodDays();
        r.specialPeriodLaw = a.specialPeriodLaw();
        r.obstacleFrom = a.obstacleFrom();
        r.obstacleTo = a.obstacleTo();
        r.requests = a.requests();
        r.factsAndReasons = a.factsAndReasons();
        r.normdocTitle = a.normdocTitle();
        r.receivedOn = a.receivedOn();
        r.agencyReceivedOn = a.agencyReceivedOn();
        r.windowDue = windowDue;
        r.windowOk = windowOk;
        r.windowRule = windowRule;
        r.precondition = preconditionBasis != null;
        r.preconditionBasis = preconditionBasis;
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

    public void moveTo(CaseStatus next, OffsetDateTime now) {
        status = next;
        updatedAt = now;
    }

    public void acceptanceClock(Long deadlineId) {
        acceptanceDeadlineId = deadlineId;
    }

    public void correctionRequested(String items, LocalDate notifiedOn, Long deadlineId) {
        correctionItems = items;
        correctionNotifiedOn = notifiedOn;
        correctionDeadlineId = deadlineId;
        acceptanceDeadlineId = null;
    }

    public void correctionExtended(Long deadlineId) {
        correctionExtended = true;
        correctionDeadlineId = deadlineId;
    }

    public void correctionReceived(LocalDate on, String note, Long acceptanceDeadline) {
        correctionReceivedOn = on;
        correctionNote = note;
        acceptanceDeadlineId = acceptanceDeadline;
    }

    public void accepted(LocalDate on, boolean deemed, String procedure, Long copyDeadline, Long decisionDeadline) {
        acceptedOn = on;
        deemedAccepted = deemed;
        procedureKind = procedure;
        copyDeadlineId = copyDeadline;
        decisionDeadlineId = decisionDeadline;
    }

    public void refused(LocalDate on, String reason, String competent) {
        refusedOn = on;
        refusalReason = reason;
        competentBody = competent;
        closedOn = on;
    }

    public void withdrawn(LocalDate on, String reason) {
        withdrawnOn = on;
        withdrawalReason = reason;
        closedOn = on;
    }

    public void abandoned(LocalDate on) {
        closedOn = on;
    }

    public void copySent(LocalDate sentOn, LocalDate receivedOn, Long answerDeadline) {
        copySentOn = sentOn;
        respondentReceivedOn = receivedOn;
        answerDeadlineId = answerDeadline;
    }

    public void answered(LocalDate on, String summary) {
        answerReceivedOn = on;
        answerSummary = summary;
    }

    public void extended(LocalDate on, String approver, String reason) {
        extendedOn = on;
        extensionApprover = approver;
        extensionReason = reason;
    }

    public void converted(LocalDate on, String approver, String reason, String procedure, Long decisionDeadline) {
        convertedOn = on;
        conversionApprover = approver;
        conversionReason = reason;
        procedureKind = procedure;
        decisionDeadlineId = decisionDeadline;
    }

    public void suspended(LocalDate on, String ground, Long suspensionDeadline) {
        suspendedOn = on;
        suspensionGround = ground;
        suspensionDeadlineId = suspensionDeadline;
    }

    public void resumed() {
        suspendedOn = null;
        suspensionGround = null;
        suspensionDeadlineId = null;
    }

    public void decided(String result, String number, LocalDate on, String summary) {
        outcome = result;
        decisionNo = number;
        decidedOn = on;
        decisionSummary = summary;
        closedOn = on;
    }

    public void resolved(String kind, String docNo, LocalDate on, String summary) {
        resolutionKind = kind;
        resolutionDocNo = docNo;
        resolutionOn = on;
        resolutionSummary = summary;
        closedOn = on;
    }

    public void terminated(String ground, LocalDate on, String reason) {
        terminationGround = ground;
        terminatedOn = on;
        terminationReason = reason;
        closedOn = on;
    }
}
