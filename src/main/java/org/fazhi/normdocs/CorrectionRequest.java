package org.fazhi.normdocs;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** How the correction the filing body asked for was made, and when it was reported. */
public record CorrectionRequest(@NotNull LocalDate correctedOn, @NotBlank @Size(max = 2000) String note) {
}
