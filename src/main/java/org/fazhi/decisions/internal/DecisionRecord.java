package org.fazhi.decisions.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.fazhi.decisions.DecisionAttributes;
import org.fazhi.decisions.DecisionStatus;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A major decision as an aggregate root (the row that carries its procedure), saved whole with
 * {@code lockVersion}; versions, waivers, hearings, polls, argumentations, risk reports, milestones,
 * progress, evaluations and the process record are appended by their stores. Steps change it only
 * through the methods below.
 */
@Table("major_decision")
public class DecisionRecord {

    @Id
    private Long id;
    private Long catalogItemId;
    private Long unitId;
    private Long decidingUnitId;
    private String title;
    private DecisionStatus status;
    private boolean affectsPublic;
    private boolean majorPublicInterest;
    private boolean livelihood;
    private boolean technical;
    private boolean stabilityRisk;
    private String interestedParties;
    private Long currentVersionId;
    private int roundNo;
    private OffsetDateTime roundStartedAt;
    private String changeReason;
    private Long decidedVersionId;
    private LocalDate decidedOn;
    private Long decidedTopicId;
    private LocalDate publicationDate;
    private String publicationChannels;
    private String documentNumber;
    private String publishedText;
    private LocalDate suspendedOn;
    private String suspensionReason;
    private String suspensionBasis;
    private String stoppedReason;
    private LocalDate archivedOn;
    private String archiveNo;
    private Long createdBy;
    private OffsetDateTime createdAt;
    private OffsetDateTime updatedAt;
    @Version
    @Column("lock_version")
    private Integer lockVersion;

    DecisionRecord() {
    }

    public static DecisionRecord started(long catalogItemId, long unitId, long decidingUnitId, String title,
            DecisionAttributes a, String interestedParties, Long by, OffsetDateTime now) {
        DecisionRecord r = new DecisionRecord();
        r.catalogItemId = catalogItemId;
        r.unitId = unitId;
        r.decidingUnitId = decidingUnitId;
        r.title = title;
        r.status = DecisionStatus.DRAFTING;
        r.attributes(a, interestedParties);
        r.roundNo = 1;
        r.roundStartedAt = now;
        r.createdBy = by;
        r.createdAt = now;
        r.updatedAt = now;
        return r;
    }

    public Long id() {
        return id;
    }

    public void moveTo(DecisionStatus next, OffsetDateTime now) {
        this.status = next;
        this.updatedAt = now;
    }

    public void attributes(DecisionAttributes a, String interestedParties) {
        this.affectsPublic = a.affectsPublic();
        this.majorPublicInterest = a.majorPublicInterest();
        this.livelihood = a.livelihood();
        this.technical = a.technical();
        this.stabilityRisk = a.stabilityRisk();
        this.interestedParties = interestedParties;
    }

    public void currentVersion(long versionId, String title, OffsetDateTime now) {
        this.currentVersionId = versionId;
        this.title = title;
        this.updatedAt = now;
    }

    public void decided(long versionId, LocalDate on, long topicId, OffsetDateTime now) {
        this.decidedVersionId = versionId;
        this.decidedOn = on;
        this.decidedTopicId = topicId;
        this.updatedAt = now;
    }

    public void published(LocalDate on, String channels, String documentNumber, String text, OffsetDateTime now) {
        this.publicationDate = on;
        this.publicationChannels = channels;
        this.documentNumber = documentNumber;
        this.publishedText = text;
        this.updatedAt = now;
    }

    public void suspended(LocalDate on, String reason, String basis, OffsetDateTime now) {
        this.suspendedOn = on;
        this.suspensionReason = reason;
        this.suspensionBasis = basis;
        this.updatedAt = now;
    }

    public void resumed(OffsetDateTime now) {
        this.suspendedOn = null;
        this.suspensionReason = null;
        this.suspensionBasis = null;
        this.updatedAt = now;
    }

    /** A change under MD-11 starts the next round of the procedure. */
    public void changeStarted(String reason, OffsetDateTime now) {
        this.roundNo++;
        this.roundStartedAt = now;
        this.changeReason = reason;
        this.suspendedOn = null;
        this.suspensionReason = null;
        this.suspensionBasis = null;
        this.updatedAt = now;
    }

    /** The change was not adopted: the decision in force stays as decided. */
    public void changeRejected(OffsetDateTime now) {
        this.currentVersionId = this.decidedVersionId;
        this.updatedAt = now;
    }

    public void stopped(String reason, OffsetDateTime now) {
        this.stoppedReason = reason;
        this.updatedAt = now;
    }

    public void archived(LocalDate on, String archiveNo, OffsetDateTime now) {
        this.archivedOn = on;
        this.archiveNo = archiveNo;
        this.updatedAt = now;
    }

    public void touched(OffsetDateTime now) {
        this.updatedAt = now;
    }
}
