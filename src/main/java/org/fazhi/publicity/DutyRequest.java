package org.fazhi.publicity;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A line of an agency's responsibility list for a year. */
public record DutyRequest(
        @NotNull Long unitId,
        @NotNull @Min(2000) @Max(2100) Integer year,
        @NotBlank @Size(max = 1000) String lawNames,
        @NotBlank @Size(max = 2000) String content,
        @NotBlank @Size(max = 300) String audience,
        @NotBlank @Size(max = 2000) String measures) {
}
