package org.fazhi.disputes;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The head of the unit approved extending the handling period (at most once), with the reason told to the petitioner. */
public record PetitionExtensionRequest(@NotNull LocalDate approvedOn, @NotBlank @Size(max = 1000) String reason,
        Integer version) {
}
