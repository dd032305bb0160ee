package org.fazhi.normdocs;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Stopping a document's procedure, with the reason. */
public record WithdrawalRequest(@NotBlank @Size(max = 1000) String reason) {
}
