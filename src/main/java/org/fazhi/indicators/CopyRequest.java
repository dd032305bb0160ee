package org.fazhi.indicators;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A locality's copy of a system for a year: its code (unique), name and year. */
public record CopyRequest(
        @NotBlank @Size(max = 60) @Pattern(regexp = "[a-z0-9][a-z0-9-]{1,59}") String code,
        @NotBlank @Size(max = 200) String name,
        @NotNull @Min(2000) @Max(2100) Integer year) {
}
