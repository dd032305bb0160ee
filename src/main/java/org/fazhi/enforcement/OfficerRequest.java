package org.fazhi.enforcement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** Puts a person on an agency's roster: officer, supervisor or auxiliary staff, with an optional account. */
public record OfficerRequest(@NotNull @Positive Long agencyId, @NotBlank @Size(max = 50) String name,
        @NotNull OfficerKind kind, @Size(max = 100) String field, @Positive Long userId) {
}
