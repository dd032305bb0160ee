package org.fazhi.decisions;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Resuming a suspended decision's implementation, with the reason (the cause of the suspension is gone). */
public record ResumptionRequest(@NotBlank @Size(max = 2000) String reason) {
}
