package org.fazhi.enforcement;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The decision was executed on a day, how, with a note (e.g. the receipt of the fine paid). */
public record ExecutionRequest(LocalDate on, @NotNull ExecutionMethod method, @Size(max = 1000) String note,
        Integer version) {
}
