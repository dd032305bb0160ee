package org.fazhi.enforcement.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.fazhi.enforcement.Agency;
import org.fazhi.enforcement.CertificateStanding;
import org.fazhi.enforcement.Officer;
import org.fazhi.enforcement.OfficerKind;
import org.fazhi.rules.RulesCatalog;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.RefusedException;
import org.springframework.stereotype.Component;

/**
 * PN-01 on the people named for an act or a team: every officer named holds a valid enforcement
 * certificate of the agency on the day (an expired, suspended, revoked or foreign certificate is
 * refused by name), there are at least as many of them as the catalog asks (two), and the auxiliary
 * staff named are the agency's auxiliary staff, who assist and never count. The same refusals as the
 * procedure's gate on the case's team.
 */
@Component
public class OfficerCheck {

    /** The people of an act: the officers who count and the auxiliary staff assisting them. */
    public record People(List<Officer> officers, List<Officer> auxiliaries) {

        public List<Long> ids() {
            List<Long> ids = new ArrayList<>(officers.stream().map(Officer::id).toList());
            auxiliaries.forEach(a -> ids.add(a.id()));
            return ids;
        }
    }

    private final OfficerStore officers;
    private final AgencyStore agencies;
    private final RulesCatalog rules;

    OfficerCheck(OfficerStore officers, AgencyStore agencies, RulesCatalog rules) {
        this.officers = officers;
        this.agencies = agencies;
        this.rules = rules;
    }

    public People check(long agencyId, List<Long> officerIds, List<Long> auxiliaryIds, LocalDate on) {
        Set<Long> ids = new LinkedHashSet<>(officerIds == null ? List.of() : officerIds);
        Set<Long> aux = new LinkedHashSet<>(auxiliaryIds == null ? List.of() : auxiliaryIds);
        aux.removeAll(ids);
        List<Officer> found = officers.byIds(ids);
        if (found.size() != ids.size()) {
            throw InvalidInputException.field("officerIds", "enforcement.officer.unknown");
        }
        List<Officer> valid = new ArrayList<>();
        for (Officer o : found) {
            if (!o.agencyId().equals(agencyId)) {
                throw new RefusedException("certificate-foreign", "enforcement.refused.certificate-foreign", o.name(),
                        o.certificateNo());
            }
            if (o.kind() != OfficerKind.OFFICER) {
                throw new RefusedException("not-an-officer", "enforcement.refused.not-an-officer", o.name());
            }
            CertificateStanding s = o.standingOn(on);
            switch (s) {
                case EXPIRED -> throw new RefusedException("certificate-expired",
                        "enforcement.refused.certificate-expired", o.name(), o.certificateNo(), o.expiresOn());
                case SUSPENDED -> throw new RefusedException("certificate-suspended",
                        "enforcement.refused.certificate-suspended", o.name(), o.certificateNo());
                case REVOKED -> throw new RefusedException("certificate-revoked",
                        "enforcement.refused.certificate-revoked", o.name(), o.certificateNo());
                case NOT_YET_VALID, NONE -> throw new RefusedException("certificate-missing",
                        "enforcement.refused.certificate-missing", o.name());
                case VALID -> valid.add(o);
            }
        }
        Long unitId = agencies.find(agencyId).map(Agency::unitId).orElse(null);
        int minimum = rules.threshold(EnforcementRules.TWO_OFFICERS, on, unitId).intValueExact();
        if (valid.size() < minimum) {
            throw new RefusedException("too-few-officers", "enforcement.refused.too-few-officers",
                    String.valueOf(valid.size()), String.valueOf(minimum), EnforcementRules.TWO_OFFICERS);
        }
        List<Officer> helpers = officers.byIds(aux);
        if (helpers.size() != aux.size() || helpers.stream().anyMatch(h -> !h.agencyId().equals(agencyId)
                || h.kind() != OfficerKind.AUXILIARY)) {
            throw InvalidInputException.field("auxiliaryIds", "enforcement.officer.not-auxiliary");
        }
        return new People(valid, helpers);
    }
}
