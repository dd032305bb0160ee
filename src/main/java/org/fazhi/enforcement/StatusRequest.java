package org.fazhi.enforcement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Suspends, revokes or reinstates a certificate, with the reason. */
public record StatusRequest(@NotNull OfficerStatus status, @NotBlank @Size(max = 500) String reason, Integer version) {
}
