package org.fazhi.litigation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The judgment, ruling or mediation served, and whether it obliges the defendant to do something. */
public record JudgmentRequest(@NotNull JudgmentKind kind, @NotNull JudgmentOutcome outcome,
        @NotBlank @Size(max = 80) String documentNo, @NotNull LocalDate servedOn, boolean requiresPerformance,
        @NotBlank @Size(max = 4000) String summary, Integer version) {
}
