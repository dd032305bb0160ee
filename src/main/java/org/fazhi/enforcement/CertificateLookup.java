package org.fazhi.enforcement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.fazhi.enforcement.internal.AgencyStore;
import org.fazhi.enforcement.internal.OfficerStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public certificate look-up (亮证执法, seed 004 §5: 确保行政管理相对人可进行网上查询): by the
 * certificate number, or by a name and the agency. Only what the certificate shows and how it stands
 * today; auxiliary staff hold no certificate and are never found.
 */
@Service
@Transactional(readOnly = true)
public class CertificateLookup {

    private final OfficerStore officers;
    private final AgencyStore agencies;
    private final Clock clock;

    CertificateLookup(OfficerStore officers, AgencyStore agencies, Clock clock) {
        this.officers = officers;
        this.agencies = agencies;
        this.clock = clock;
    }

    public List<PublicCertificate> byNumber(String certificateNo) {
        if (certificateNo == null || certificateNo.isBlank()) {
            return List.of();
        }
        return officers.byCertificate(certificateNo.strip()).filter(o -> o.kind().certified()).stream()
                .map(this::view).toList();
    }

    public List<PublicCertificate> byName(String name, long agencyId) {
        if (name == null || name.isBlank()) {
            return List.of();
        }
        return officers.byName(name.strip(), agencyId).stream().filter(o -> o.kind().certified()).map(this::view)
                .toList();
    }

    private PublicCertificate view(Officer o) {
        String agency = agencies.find(o.agencyId()).map(Agency::name).orElse("");
        return new PublicCertificate(o.certificateNo(), o.name(), agency, o.kind(), o.field(), o.issuingAuthority(),
                o.issuedOn(), o.expiresOn(), o.standingOn(LocalDate.now(clock)));
    }
}
