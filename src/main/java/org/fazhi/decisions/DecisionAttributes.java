package org.fazhi.decisions;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a decision touches, from which the procedures it needs follow: the public's vital interests
 * (public participation, MD-02), a major public interest on which views may divide (hearing, MD-03), a
 * livelihood matter (opinion poll), a specialised or technical matter (expert argumentation, MD-04),
 * social stability or public safety (risk assessment, MD-05). Legality review and the collective
 * decision are always required.
 */
public record DecisionAttributes(boolean affectsPublic, boolean majorPublicInterest, boolean livelihood,
        boolean technical, boolean stabilityRisk) {

    /** The procedures these attributes require, in the order of the 条例. */
    public Set<RequiredProcedure> required() {
        Set<RequiredProcedure> out = EnumSet.of(RequiredProcedure.LEGALITY_REVIEW, RequiredProcedure.COLLECTIVE_DECISION);
        if (affectsPublic) {
            out.add(RequiredProcedure.PUBLIC_PARTICIPATION);
        }
        if (majorPublicInterest) {
            out.add(RequiredProcedure.HEARING);
        }
        if (livelihood) {
            out.add(RequiredProcedure.OPINION_POLL);
        }
        if (technical) {
            out.add(RequiredProcedure.EXPERT_ARGUMENTATION);
        }
        if (stabilityRisk) {
            out.add(RequiredProcedure.RISK_ASSESSMENT);
        }
        return out;
    }
}
