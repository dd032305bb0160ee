package org.fazhi.lists;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Abandoning an adjustment, with the reason. */
public record ListWithdrawalRequest(@NotBlank @Size(max = 1000) String reason, Integer version) {
}
