package org.fazhi.inspections;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The result of one task: what was found, on which day. */
public record ResultRequest(@NotNull TaskResult result, @Size(max = 2000) String finding, LocalDate inspectedOn,
        Integer version) {
}
