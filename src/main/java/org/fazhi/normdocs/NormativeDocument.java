package org.fazhi.normdocs;

import org.fazhi.shared.SubjectType;
import java.time.LocalDate;

/**
 * A normative document as the console, the API and the public catalog read it. Procedure state
 * in {@code status}; once published, {@code validity} says whether it is in force.
 */
public record NormativeDocument(Long id, Long unitId, Long issuingBodyId, Long planItemId, String title,
        boolean affectsRights, DocumentStatus status, Long currentVersionId, Integer currentVersionNo,
        String registrationNumber, LocalDate registeredOn, String documentNumber, String deliberationMeeting,
        LocalDate deliberationDate, String deliberationDecision, LocalDate publicationDate, LocalDate effectiveDate,
        Integer validityYears, LocalDate expiryDate, Validity validity, LocalDate validityChangedOn,
        String validityReason, boolean imported, String noConsultationReason, int version,
        LocalDate amendmentPendingSince) {

    /** The module that owns normative documents. */
    public static final String MODULE = "normdocs";

    /** How other modules (review, deadlines, audit, files) refer to a normative document. */
    public static final SubjectType SUBJECT = new SubjectType(MODULE, "normative-document");

    /** A cleanup found it must be amended and no amending document has been published yet (待修改). */
    public boolean toBeAmended() {
        return amendmentPendingSince != null;
    }

    public boolean published() {
        return status == DocumentStatus.PUBLISHED;
    }
}
