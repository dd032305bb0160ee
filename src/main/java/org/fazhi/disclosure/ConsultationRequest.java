package org.fazhi.disclosure;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Third-party (or co-producing agency) consultation (GI-03): whom, from which day the letter was sent. */
public record ConsultationRequest(@NotBlank @Size(max = 300) String party, @NotNull LocalDate sentOn,
        Integer version) {
}
