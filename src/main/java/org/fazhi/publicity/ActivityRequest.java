package org.fazhi.publicity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A publicity activity planned by a unit, optionally carrying out a line of its responsibility list. */
public record ActivityRequest(
        @NotNull Long unitId,
        Long dutyId,
        @NotBlank @Size(max = 200) String title,
        @NotNull ActivityKind kind,
        @NotNull LocalDate startsOn,
        @NotNull LocalDate endsOn,
        @NotBlank @Size(max = 200) String place,
        @Size(max = 300) String audience,
        @Size(max = 4000) String description,
        @Size(max = 1000) String materials) {
}
