package org.fazhi.disclosure;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a member of staff needs the requester's full identity (audited). */
public record RevealRequest(@NotBlank @Size(min = 2, max = 500) String reason) {
}
