package org.fazhi.enforcement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** An investigative act carried out by the case's team: what, when, where, and a summary. */
public record ActRequest(@NotNull ActKind kind, LocalDate on, @Size(max = 200) String place,
        @NotBlank @Size(max = 4000) String summary, Integer version) {
}
