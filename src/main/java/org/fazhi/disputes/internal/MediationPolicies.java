package org.fazhi.disputes.internal;

import org.fazhi.shared.procedure.Gate;
import org.fazhi.shared.procedure.Refusal;

/** The gates of a mediation case's procedure, each written once and named as the rule it enforces. */
public final class MediationPolicies {

    private MediationPolicies() {
    }

    /** Cases are carried by the 司法所 / 法治办 and the handling staff (roles), not by leaders or reviewers. */
    public static final Gate<MediationFacts> ONLY_CASE_HANDLERS_TAKE_STEPS = Gate.require(
            MediationFacts::actorMayHandle, "role", "disputes.refused.role-case");

    /** A dispute has two sides: both are on record before mediation starts. */
    public static final Gate<MediationFacts> BOTH_SIDES_ON_RECORD = Gate.require(MediationFacts::bothSides,
            "parties-missing", "disputes.refused.parties-missing");

    /**
     * 当事人一方明确拒绝调解的，不得调解 (人民调解法第十七条): a case a party refused is neither taken up
     * nor settled by agreement; mediation ends (调解不成).
     */
    public static final Gate<MediationFacts> NO_PARTY_REFUSED = Gate.require(f -> f.refusingParty().isEmpty(),
            "party-refused", f -> Refusal.of("party-refused", "disputes.refused.party-refused",
                    f.refusingParty().map(p -> p.masked().personName()).orElse("")));

    /** What the parties did with the judicial-confirmation window is recorded once. */
    public static final Gate<MediationFacts> CONFIRMATION_RECORDED_ONCE = Gate.require(
            f -> f.mediationCase().confirmationOutcome() == null, "confirmation-recorded",
            "disputes.refused.confirmation-recorded");

    /** The fulfilment of an agreement is recorded once. */
    public static final Gate<MediationFacts> FULFILMENT_RECORDED_ONCE = Gate.require(
            f -> f.mediationCase().fulfilledOn() == null, "fulfilment-recorded",
            "disputes.refused.fulfilment-recorded");
}
