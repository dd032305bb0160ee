package org.fazhi.disputes.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.fazhi.disputes.CaseSource;
import org.fazhi.disputes.ConfirmationOutcome;
import org.fazhi.disputes.DisputeCategory;
import org.fazhi.disputes.MediationStatus;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A mediation case as an aggregate root (the row that carries the procedure): saved whole by Spring Data
 * JDBC, every save conditional on the version read. The parties are appended by {@link MediationStore}.
 * The steps change it only through the methods below.
 */
@Table("mediation_case")
public class MediationCaseRecord {

    @Id
    private Long id;
    private Long orgId;
    private Long unitId;
    private String caseNo;
    private LocalDate receivedOn;
    private CaseSource source;
    private DisputeCategory category;
    private String summary;
    private MediationStatus status;
    private Long mediatorId;
    private LocalDate acceptedOn;
    private String declineReason;
    private String agreementText;
    private Boolean agreementOral;
    private LocalDate agreementSignedOn;
    private LocalDate agreementEffectiveOn;
    private Long confirmationDeadlineId;
    private ConfirmationOutcome confirmationOutcome;
    private LocalDate confirmationOn;
    private String confirmationCourt;
    private LocalDate fulfilledOn;
    private String fulfilmentNote;
    private String failureReason;
    private LocalDate closedOn;
    private Long createdBy;
    private OffsetDateTime createdAt;
    private OffsetDateTime updatedAt;
    @Version
    @Column("lock_version")
    private Integer lockVersion;

    MediationCaseRecord() {
    }

    /** A case received (or found by screening) by a committee. */
    public static MediationCaseRecord received(long orgId, long unitId, String caseNo, LocalDate receivedOn,
            CaseSource source, DisputeCategory category, String summary, Long by, OffsetDateTime now) {
        MediationCaseRecord r = new MediationCaseRecord();
        r.orgId = orgId;
        r.unitId = unitId;
        r.caseNo = caseNo;
        r.receivedOn = receivedOn;
        r.source = source;
        r.category = category;
        r.summary = summary;
        r.status = MediationStatus.RECEIVED;
        r.createdBy = by;
        r.createdAt = now;
        r.updatedAt = now;
        return r;
    }

    public Long id() {
        return id;
    }

    public void moveTo(MediationStatus next, OffsetDateTime now) {
        status = next;
        updatedAt = now;
    }

    public void accepted(long mediator, LocalDate on) {
        mediatorId = mediator;
        acceptedOn = on;
    }

    public void declined(LocalDate on, String reason) {
        closedOn = on;
        declineReason = reason;
    }

    public void agreed(String text, boolean oral, LocalDate signedOn, LocalDate effectiveOn) {
        agreementText = text;
        agreementOral = oral;
        agreementSignedOn = signedOn;
        agreementEffectiveOn = effectiveOn;
        closedOn = signedOn;
    }

    public void confirmationWindowTracked(long deadlineId) {
        confirmationDeadlineId = deadlineId;
    }

    public void failed(LocalDate on, String reason) {
        closedOn = on;
        failureReason = reason;
    }

    public void confirmation(ConfirmationOutcome outcome, LocalDate on, String court) {
        confirmationOutcome = outcome;
        confirmationOn = on;
        confirmationCourt = court;
    }

    public void fulfilled(LocalDate on, String note) {
        fulfilledOn = on;
        fulfilmentNote = note;
    }

    public void touched(OffsetDateTime now) {
        updatedAt = now;
    }
}
