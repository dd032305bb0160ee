package org.fazhi.decisions;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A milestone reached: when, and what was done. */
public record CompletionRequest(@NotNull LocalDate completedOn, @NotBlank @Size(max = 2000) String note) {
}
