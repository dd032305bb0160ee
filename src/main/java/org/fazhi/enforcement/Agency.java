package org.fazhi.enforcement;

import org.fazhi.shared.SubjectType;

/**
 * An enforcement agency (执法主体): the unit it is, its legal standing (and, when entrusted, the organ
 * that entrusted it), its legal basis and establishment, the procedure and remedies it publishes,
 * and the prefix of its case and decision numbers.
 */
public record Agency(Long id, Long unitId, String name, LegalStanding standing, String entrustedBy,
        String legalBasis, String establishment, String procedureText, String remedies, String casePrefix,
        boolean active, int version) {

    /** The module that owns enforcement records. */
    public static final String MODULE = "enforcement";

    public static final SubjectType SUBJECT = new SubjectType(MODULE, "enforcement-agency");
}
