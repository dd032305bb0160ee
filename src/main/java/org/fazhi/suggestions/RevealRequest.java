package org.fazhi.suggestions;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why the proposers' contact is needed (audited). */
public record RevealRequest(@NotBlank @Size(min = 2, max = 500) String reason) {
}
