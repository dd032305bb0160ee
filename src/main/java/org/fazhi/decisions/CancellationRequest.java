package org.fazhi.decisions;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Calling off an announced hearing (e.g. to announce it again on a later date), with the reason. */
public record CancellationRequest(@NotBlank @Size(max = 1000) String reason) {
}
