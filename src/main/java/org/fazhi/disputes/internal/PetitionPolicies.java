package org.fazhi.disputes.internal;

import org.fazhi.shared.procedure.Gate;
import org.fazhi.shared.procedure.Refusal;

/** The gates of a petition's procedure, each written once and named as the rule it enforces. */
public final class PetitionPolicies {

    private PetitionPolicies() {
    }

    /** Petitions are handled by the 信访 / 法治办 staff and the handling offices (roles), not by leaders or reviewers. */
    public static final Gate<PetitionFacts> ONLY_PETITION_HANDLERS_TAKE_STEPS = Gate.require(
            PetitionFacts::actorMayHandle, "role", "disputes.refused.role-petition");

    /** The handling period is extended at most once, by at most the catalog's extension (PT-02). */
    public static final Gate<PetitionFacts> EXTENDED_AT_MOST_ONCE = Gate.require(
            f -> f.petition().extendedOn() == null, "already-extended", "disputes.refused.already-extended");

    /** An extension is approved while the handling period still runs, not after it was missed. */
    public static final Gate<PetitionFacts> EXTENDED_WITHIN_THE_PERIOD = Gate.require(
            PetitionFacts::handlingPeriodRuns, "handling-overdue",
            f -> Refusal.of("handling-overdue", "disputes.refused.handling-overdue", f.handling().dueDate(),
                    DisputesRules.PETITION_HANDLING));
}
