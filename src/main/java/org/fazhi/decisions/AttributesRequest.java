package org.fazhi.decisions;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Changing a decision's attributes (and so the procedures it needs) and its interested parties while drafting. */
public record AttributesRequest(@NotNull Boolean affectsPublic, @NotNull Boolean majorPublicInterest,
        @NotNull Boolean livelihood, @NotNull Boolean technical, @NotNull Boolean stabilityRisk,
        @Size(max = 2000) String interestedParties) {

    public DecisionAttributes attributes() {
        return new DecisionAttributes(affectsPublic, majorPublicInterest, livelihood, technical, stabilityRisk);
    }
}
