package org.fazhi.disputes;

import java.time.LocalDate;

/**
 * A legal-aid application (法律援助): the applicant (a natural person: masked on lists), the matter, the
 * decision — granted and assigned to a lawyer or firm, or refused with the reason — and the close.
 */
public record LegalAidCase(Long id, Long unitId, String caseNo, LocalDate appliedOn, String applicantName,
        String applicantIdNumber, String applicantPhone, LegalAidMatter matterKind, String matter,
        LegalAidStatus status, LocalDate decidedOn, String refusalReason, String assignedTo, LocalDate closedOn,
        String outcome, int version) {

    /** As staff lists show it. */
    public LegalAidCase masked() {
        return new LegalAidCase(id, unitId, caseNo, appliedOn, StaffMasks.name(applicantName),
                StaffMasks.identifier(applicantIdNumber), StaffMasks.identifier(applicantPhone), matterKind, matter,
                status, decidedOn, refusalReason, assignedTo, closedOn, outcome, version);
    }
}
