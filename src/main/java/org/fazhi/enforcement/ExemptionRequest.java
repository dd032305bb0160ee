package org.fazhi.enforcement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** An item of a first-offence or minor-offence list, set by a unit for its subtree. */
public record ExemptionRequest(@Positive Long unitId, @NotNull ExemptionList list,
        @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9._-]{1,40}") String violationCode,
        @NotBlank @Size(max = 1000) String description, @NotBlank @Size(max = 2000) String conditions,
        @NotBlank @Size(max = 2000) String legalReference, @NotNull LocalDate effectiveFrom) {
}
