package org.fazhi.accountability;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Nothing is pursued (不予追究): the day and the reason (no fault found, or a ground for exemption). */
public record ClearanceRequest(@NotNull LocalDate clearedOn, @NotBlank @Size(max = 4000) String reason,
        Integer version) {
}
