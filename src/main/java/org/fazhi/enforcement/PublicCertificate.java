package org.fazhi.enforcement;

import java.time.LocalDate;

/**
 * What the public look-up shows of a certificate (亮证执法, seed 004 §5): what the certificate itself
 * shows, and whether it is valid today — never the holder's account, contacts or identity number.
 */
public record PublicCertificate(String certificateNo, String name, String agency, OfficerKind kind, String field,
        String issuingAuthority, LocalDate issuedOn, LocalDate expiresOn, CertificateStanding standing) {
}
