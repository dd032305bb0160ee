package org.fazhi.normdocs.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.fazhi.normdocs.DocumentStatus;
import org.fazhi.normdocs.Validity;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The normative document as an aggregate root (the row that carries the procedure): Spring Data
 * JDBC saves it whole, and {@code lockVersion} makes every save conditional on the version read
 * (a concurrent or stale save fails with an optimistic-locking conflict, answered 409). The
 * immutable records that belong to it — versions, consultations, comments, attachments — are
 * appended by their stores. The steps change it only through the methods below.
 */
@Table("normative_document")
public class DocumentRecord {

    @Id
    private Long id;
    private Long unitId;
    private Long issuingBodyId;
    private Long planItemId;
    private String title;
    private boolean affectsRights;
    private String noConsultationReason;
    private DocumentStatus status;
    private Long currentVersionId;
    private String registrationNumber;
    private Integer registrationYear;
    private Integer registrationSerial;
    private LocalDate registeredOn;
    private String documentNumber;
    private String deliberationMeeting;
    private LocalDate deliberationDate;
    private String deliberationDecision;
    private String deliberationNotes;
    private LocalDate publicationDate;
    private LocalDate effectiveDate;
    private Integer validityYears;
    private LocalDate expiryDate;
    private Validity validity;
    private LocalDate validityChangedOn;
    private String validityReason;
    private String withdrawnReason;
    private boolean imported;
    private LocalDate amendmentPendingSince;
    private Long createdBy;
    private OffsetDateTime createdAt;
    private OffsetDateTime updatedAt;
    @Version
    @Column("lock_version")
    private Integer lockVersion;

    DocumentRecord() {
    }

    /** A new document in drafting. */
    public static DocumentRecord drafted(long unitId, long issuingBodyId, Long planItemId, String title, boolean affectsRights,
            String noConsultationReason, Long createdBy, OffsetDateTime now) {
        DocumentRecord r = new DocumentRecord();
        r.unitId = unitId;
        r.issuingBodyId = issuingBodyId;
        r.planItemId = planItemId;
        r.title = title;
        r.affectsRights = affectsRights;
        r.noConsultationReason = noConsultationReason;
        r.status = DocumentStatus.DRAFTING;
        r.createdBy = createdBy;
        r.createdAt = now;
        r.updatedAt = now;
        return r;
    }

    /** A document of an imported catalog: already registered and published, with its historical numbers. */
    public static DocumentRecord imported(long unitId, long issuingBodyId, String title, String registrationNumber,
            int registrationYear, int registrationSerial, String documentNumber, LocalDate publicationDate,
            LocalDate effectiveDate, Integer validityYears, LocalDate expiryDate, Validity validity, Long createdBy,
            OffsetDateTime now) {
        DocumentRecord r = drafted(unitId, issuingBodyId, null, title, false, null, createdBy, now);
        r.status = DocumentStatus.PUBLISHED;
        r.registrationNumber = registrationNumber;
        r.registrationYear = registrationYear;
        r.registrationSerial = registrationSerial;
        r.registeredOn = publicationDate;
        r.documentNumber = documentNumber;
        r.publicationDate = publicationDate;
        r.effectiveDate = effectiveDate;
        r.validityYears = validityYears;
        r.expiryDate = expiryDate;
        r.validity = validity;
        r.imported = true;
        return r;
    }

    public Long id() {
        return id;
    }

    public Integer lockVersion() {
        return lockVersion;
    }

    public DocumentStatus status() {
        return status;
    }

    public void moveTo(DocumentStatus next, OffsetDateTime now) {
        status = next;
        updatedAt = now;
    }

    public void currentVersion(long versionId, String newTitle, OffsetDateTime now) {
        currentVersionId = versionId;
        title = newTitle;
        updatedAt = now;
    }

    public void deliberated(String meeting, LocalDate date, String decision, String notes, OffsetDateTime now) {
        deliberationMeeting = meeting;
        deliberationDate = date;
        deliberationDecision = decision;
        deliberationNotes = notes;
        updatedAt = now;
    }

    public void registered(String number, int year, int serial, LocalDate on, String docNumber, OffsetDateTime now) {
        registrationNumber = number;
        registrationYear = year;
        registrationSerial = serial;
        registeredOn = on;
        documentNumber = docNumber;
        updatedAt = now;
    }

    public void published(LocalDate published, LocalDate effective, int years, LocalDate expiry, OffsetDateTime now) {
        publicationDate = published;
        effectiveDate = effective;
        validityYears = years;
        expiryDate = expiry;
        validity = Validity.CURRENT;
        updatedAt = now;
    }

    public void validity(Validity to, LocalDate on, String reason, OffsetDateTime now) {
        validity = to;
        validityChangedOn = on;
        validityReason = reason;
        updatedAt = now;
    }

    /** A cleanup found the document must be amended: it stays in force, listed as to be amended. */
    public void toBeAmended(LocalDate since, OffsetDateTime now) {
        amendmentPendingSince = since;
        updatedAt = now;
    }

    /** A later document amended, replaced or repealed this one. */
    public void superseded(Validity to, LocalDate on, String reason, OffsetDateTime now) {
        validity(to, on, reason, now);
        amendmentPendingSince = null;
    }

    public void withdrawn(String reason, OffsetDateTime now) {
        status = DocumentStatus.WITHDRAWN;
        withdrawnReason = reason;
        updatedAt = now;
    }
}
