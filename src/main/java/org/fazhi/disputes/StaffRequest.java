package org.fazhi.disputes;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Assigning a staff member of an enforcement department to administrative mediation. */
public record StaffRequest(
        @NotNull Long unitId,
        @NotBlank @Size(max = 64) String personName,
        @NotBlank @Size(max = 100) String post,
        @NotNull LocalDate appointedOn) {
}
