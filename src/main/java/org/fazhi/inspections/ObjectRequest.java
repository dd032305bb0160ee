package org.fazhi.inspections;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** An entry of the roster of objects. */
public record ObjectRequest(@Positive Long unitId, @NotBlank @Size(max = 60) String objectType,
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 40) @Pattern(regexp = "[0-9A-Z]{6,40}") String creditCode,
        @Size(max = 300) String address) {
}
