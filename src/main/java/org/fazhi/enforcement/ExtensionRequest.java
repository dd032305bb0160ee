package org.fazhi.enforcement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** An extension of the decision deadline approved by the agency's head: who, when, why. */
public record ExtensionRequest(@NotBlank @Size(max = 50) String approvedBy, LocalDate approvedOn,
        @NotBlank @Size(max = 1000) String reason, Integer version) {
}
