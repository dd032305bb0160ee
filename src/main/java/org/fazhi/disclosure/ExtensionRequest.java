package org.fazhi.disclosure;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The extension of GI-01: why, and the head of the disclosure office who approved it. */
public record ExtensionRequest(@NotBlank @Size(max = 1000) String reason, @NotBlank @Size(max = 100) String approver,
        Integer version) {
}
