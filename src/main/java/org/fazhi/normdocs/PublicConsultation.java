package org.fazhi.normdocs;

import java.time.LocalDate;

/**
 * A public consultation window on one version of a draft. {@code earliestClose} is the opening
 * date plus the catalog's minimum period (SD-01: 7 working days) on the official calendar.
 */
public record PublicConsultation(Long id, Long documentId, Long versionId, LocalDate openedOn,
        LocalDate earliestClose, LocalDate closesOn, LocalDate closedOn, boolean open) {
}
