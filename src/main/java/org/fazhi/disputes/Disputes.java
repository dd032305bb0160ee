package org.fazhi.disputes;

import org.fazhi.shared.SubjectType;

/**
 * The module's name and the record types other modules (audit, deadlines) refer to, declared once. The
 * two records with a procedure declare theirs too: {@link MediationCase#SUBJECT}, {@link Petition#SUBJECT}.
 */
public final class Disputes {

    /** The module that owns mediation, legal services and petitions. */
    public static final String MODULE = "disputes";

    public static final SubjectType ORG = new SubjectType(MODULE, "mediation-org");
    public static final SubjectType MEDIATOR = new SubjectType(MODULE, "mediator");
    public static final SubjectType PARTY = new SubjectType(MODULE, "mediation-party");
    public static final SubjectType STAFF = new SubjectType(MODULE, "admin-mediation-staff");
    public static final SubjectType SERVICE_POINT = new SubjectType(MODULE, "legal-service-point");
    public static final SubjectType SERVICE_TALLY = new SubjectType(MODULE, "legal-service-tally");
    public static final SubjectType VILLAGE_ADVISER = new SubjectType(MODULE, "village-adviser");
    public static final SubjectType LEGAL_AID = new SubjectType(MODULE, "legal-aid-case");
    public static final SubjectType RECEPTION = new SubjectType(MODULE, "reception-day");

    private Disputes() {
    }
}
