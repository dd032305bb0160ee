package org.fazhi.governance.internal;

import org.fazhi.shared.procedure.Gate;

/** The gates of a finding's rectification, each written once and named as the rule it enforces. */
public final class FindingPolicies {

    private FindingPolicies() {
    }

    /** Rectification is reported by the units' working staff and the 法治办, not by leaders (roles). */
    public static final Gate<FindingFacts> ONLY_STAFF_REPORT = Gate.require(FindingFacts::actorMayReport, "role",
            "governance.refused.role-report");

    /** The owner unit (整改责任单位) reports on its rectification. */
    public static final Gate<FindingFacts> ONLY_THE_OWNER_UNIT_RECTIFIES = Gate.require(FindingFacts::actorOwns,
            "not-owner-unit", "governance.refused.not-owner-unit");

    /** The 法治办 accepts or returns a rectification (roles). */
    public static final Gate<FindingFacts> ONLY_THE_OFFICE_ACCEPTS = Gate.require(FindingFacts::actorMayAccept, "role",
            "governance.refused.role-accept");

    /** ... of the unit that organised the inspection (销号 by the side that found the problem). */
    public static final Gate<FindingFacts> ONLY_THE_INSPECTING_UNIT_ACCEPTS = Gate.require(FindingFacts::actorInspects,
            "not-inspecting-unit", "governance.refused.not-inspecting-unit");
}
