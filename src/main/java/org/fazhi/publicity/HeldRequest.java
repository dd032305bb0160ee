package org.fazhi.publicity;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** The activity was held on a day of its dates, with its reach: participants and copies handed out. */
public record HeldRequest(
        @NotNull LocalDate heldOn,
        @NotNull @Min(0) @Max(10_000_000) Integer participants,
        @NotNull @Min(0) @Max(100_000_000) Integer copies,
        Integer version) {
}
