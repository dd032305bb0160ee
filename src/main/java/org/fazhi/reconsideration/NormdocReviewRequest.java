package org.fazhi.reconsideration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * An incidental review of a normative document opened on {@code on} (the case is suspended from that
 * day): the document, its issuing organ, the id in the normative-documents catalog when it is one of
 * ours, and whether this body may handle it ({@code competent}) or must forward it.
 */
public record NormdocReviewRequest(@NotBlank @Size(max = 300) String documentTitle,
        @NotBlank @Size(max = 200) String issuingOrgan, @Positive Long normdocId, @NotNull Boolean competent,
        @NotNull LocalDate on, Integer version) {
}
