package org.fazhi.litigation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The 答辩状 with the evidence and the normative documents the act relied on, submitted to the court. */
public record DefenceRequest(@NotNull LocalDate submittedOn, @NotBlank @Size(max = 4000) String summary,
        Integer version) {
}
