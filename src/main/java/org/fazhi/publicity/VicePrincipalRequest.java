package org.fazhi.publicity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A legal vice-principal appointed to a school of a unit. */
public record VicePrincipalRequest(
        @NotNull Long unitId,
        @NotBlank @Size(max = 200) String schoolName,
        @NotBlank @Size(max = 64) String personName,
        @NotBlank @Size(max = 200) String personOrg,
        @NotNull LocalDate appointedOn) {
}
