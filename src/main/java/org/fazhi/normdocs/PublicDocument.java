package org.fazhi.normdocs;

import java.time.LocalDate;
import java.util.List;

/**
 * A published document as the public reads it: numbers, dates, validity and the full text. Nothing
 * about drafting, reviewers or commenters.
 */
public record PublicDocument(Long id, String title, String issuingBody, String documentNumber,
        String registrationNumber, LocalDate publicationDate, LocalDate effectiveDate, LocalDate expiryDate,
        Validity validity, LocalDate validityChangedOn, String validityReason, String body,
        List<Supersession> changedBy, List<Supersession> changes) {

    public PublicDocument {
        changedBy = List.copyOf(changedBy);
        changes = List.copyOf(changes);
    }
}
