package org.fazhi.decisions;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * Starting a decision procedure from an item listed on a published catalog: the item, the title
 * (default: the item's), the attributes that decide the procedures it needs, the parties with a direct
 * interest in it (one per line), and the first version of the draft with its explanation.
 */
public record DecisionRequest(@NotNull @Positive Long catalogItemId, @Size(max = 300) String title,
        @NotNull Boolean affectsPublic, @NotNull Boolean majorPublicInterest, @NotNull Boolean livelihood,
        @NotNull Boolean technical, @NotNull Boolean stabilityRisk, @Size(max = 2000) String interestedParties,
        @NotBlank @Size(max = 500_000) String body, @Size(max = 100_000) String explanation) {

    public DecisionAttributes attributes() {
        return new DecisionAttributes(affectsPublic, majorPublicInterest, livelihood, technical, stabilityRisk);
    }
}
