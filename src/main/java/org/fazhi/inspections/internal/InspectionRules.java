package org.fazhi.inspections.internal;

/** The ids of the rules-catalog entries this module reads. */
public final class InspectionRules {

    private InspectionRules() {
    }

    /** Inspections too are carried out by at least two officers with enforcement qualifications. */
    public static final String TWO_OFFICERS = "PN-01";
}
