package org.fazhi.enforcement;

import java.time.LocalDate;
import org.fazhi.shared.SubjectType;

/**
 * A person on an agency's enforcement roster: an officer or supervisor with a certificate (number,
 * field, issuing authority, issue and expiry), or auxiliary staff without one; status as set by the
 * issuing authority, with the reason.
 */
public record Officer(Long id, Long agencyId, Long userId, String name, OfficerKind kind, String field,
        String certificateNo, String issuingAuthority, LocalDate issuedOn, LocalDate expiresOn, OfficerStatus status,
        String statusReason, LocalDate statusChangedOn, int version) {

    public static final SubjectType SUBJECT = new SubjectType(Agency.MODULE, "enforcement-officer");

    /** How the certificate stands on {@code date}. */
    public CertificateStanding standingOn(LocalDate date) {
        if (!kind.certified() || certificateNo == null) {
            return CertificateStanding.NONE;
        }
        if (status == OfficerStatus.REVOKED) {
            return CertificateStanding.REVOKED;
        }
        if (status == OfficerStatus.SUSPENDED) {
            return CertificateStanding.SUSPENDED;
        }
        if (issuedOn == null || issuedOn.isAfter(date)) {
            return CertificateStanding.NOT_YET_VALID;
        }
        if (expiresOn != null && expiresOn.isBefore(date)) {
            return CertificateStanding.EXPIRED;
        }
        return CertificateStanding.VALID;
    }

    /** May carry out an act of agency {@code agencyId} on {@code date} (PN-01: a valid enforcement certificate of that agency). */
    public boolean mayActFor(long agencyId, LocalDate date) {
        return kind == OfficerKind.OFFICER && this.agencyId == agencyId && standingOn(date).valid();
    }
}
