package org.fazhi.decisions;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Stopping a decision procedure before the decision (终止), with the reason. */
public record StopRequest(@NotBlank @Size(max = 2000) String reason) {
}
