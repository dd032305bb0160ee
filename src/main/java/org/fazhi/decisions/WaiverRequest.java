package org.fazhi.decisions;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Going without a required procedure in this round, with the reason (e.g. 依法不予公开的事项). */
public record WaiverRequest(@NotNull RequiredProcedure procedure, @NotBlank @Size(max = 2000) String reason) {
}
