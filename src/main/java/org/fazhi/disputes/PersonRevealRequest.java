package org.fazhi.disputes;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a staff member needs a natural person's full identity number, phone and address (the reveal is audited). */
public record PersonRevealRequest(@NotBlank @Size(max = 500) String reason) {
}
