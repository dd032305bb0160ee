package org.fazhi.publicity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The activity is called off, with the reason. */
public record CancelRequest(@NotBlank @Size(max = 1000) String reason, Integer version) {
}
