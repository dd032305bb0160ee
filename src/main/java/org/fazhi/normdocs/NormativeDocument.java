package org.fazhi.normdocs;

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
        String validityReason, boolean imported) {

    public boolean published() {
        return status == DocumentStatus.PUBLISHED;
    }
}
