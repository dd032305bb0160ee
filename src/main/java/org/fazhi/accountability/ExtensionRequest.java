package org.fazhi.accountability;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** AC-01's extension, once, for a complex matter: the reason and who approved it. */
public record ExtensionRequest(@NotBlank @Size(max = 1000) String reason, @NotBlank @Size(max = 100) String approvedBy,
        Integer version) {
}
