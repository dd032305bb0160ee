package org.fazhi.normdocs;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Starting a normative document: the listed issuing body, the drafting unit (default: the
 * actor's), an optional drafting-plan item, the first version of the text, and whether the draft is
 * opened to public comment: required where it 涉及群众切身利益或者对公民、法人和其他组织权利义务有重大影响
 * (国办发〔2018〕37号); {@code affectsRights = false} records that it will not be, and then
 * {@code noConsultationReason} must say why (e.g. it must be kept confidential) — the reviewer reads it.
 */
public record DraftRequest(
        @NotNull Long issuingBodyId,
        Long unitId,
        Long planItemId,
        @NotBlank @Size(max = 300) String title,
        @NotNull Boolean affectsRights,
        @NotBlank @Size(max = 500_000) String body,
        @Size(max = 100_000) String draftingNotes,
        @Size(max = 100_000) String basis,
        @Size(max = 1000) String noConsultationReason) {
}
