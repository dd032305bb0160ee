package org.fazhi.decisions;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * An amendment of a published catalog: add an item, change or remove one ({@code itemId}), with the
 * reason and the party committee's approval; {@code item} is the new or changed item (not for a
 * removal).
 */
public record AmendmentRequest(@NotNull CatalogAmendment.AmendmentKind kind, @Positive Long itemId,
        @Valid CatalogItemRequest item, @NotBlank @Size(max = 2000) String reason,
        @NotNull @Valid ApprovalRequest approval) {
}
