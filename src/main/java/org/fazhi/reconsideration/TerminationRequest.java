package org.fazhi.reconsideration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * 终止: the ground, the day and the reason; a termination after settlement (和解) records the
 * agreement ({@code settlementNo}, {@code settlementSummary}). Termination after 60 days of
 * suspension is its own step.
 */
public record TerminationRequest(@NotNull TerminationGround ground, @NotNull LocalDate on,
        @NotBlank @Size(max = 1000) String reason, @Size(max = 60) String settlementNo,
        @Size(max = 4000) String settlementSummary, Integer version) {
}
