package org.fazhi.disputes;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Not taking a case up (不予受理), with the reason told to the parties. */
public record DeclineRequest(@NotNull LocalDate declinedOn, @NotBlank @Size(max = 1000) String reason,
        Integer version) {
}
