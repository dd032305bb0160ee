package org.fazhi.enforcement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * What an uploaded piece of evidence is: title, form, the stage it documents, when and where it was
 * captured, the act it belongs to; a superseding item states why it corrects the old one.
 */
public record EvidenceRequest(@NotBlank @Size(max = 200) String title, @NotNull EvidenceKind kind,
        @NotNull EvidenceStage stage, Instant capturedAt, @Size(max = 200) String capturedPlace, @Positive Long actId,
        @Size(max = 500) String reason) {
}
