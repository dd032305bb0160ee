package org.fazhi.normdocs;

import java.time.LocalDate;

/**
 * A published document as the public reads it: numbers, dates, validity and the full text. Nothing
 * about drafting, reviewers or commenters.
 */
public record PublicDocument(Long id, String title, String issuingBody, String documentNumber,
        String registrationNumber, LocalDate publicationDate, LocalDate effectiveDate, LocalDate expiryDate,
        Validity validity, LocalDate validityChangedOn, String validityReason, String body) {
}
