package org.fazhi.normdocs;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Starting a normative document: the listed issuing body, the drafting unit (default: the
 * actor's), an optional drafting-plan item, whether it affects citizens' or organisations' rights
 * and duties (then public consultation is required), and the first version of the text.
 */
public record DraftRequest(
        @NotNull Long issuingBodyId,
        Long unitId,
        Long planItemId,
        @NotBlank @Size(max = 300) String title,
        @NotNull Boolean affectsRights,
        @NotBlank @Size(max = 500_000) String body,
        @Size(max = 100_000) String draftingNotes,
        @Size(max = 100_000) String basis) {
}
