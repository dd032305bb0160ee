package org.fazhi.enforcement;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Selects a decided case as a guiding case of a year, with its title and gist. */
public record GuidingCaseRequest(@Min(2000) @Max(2200) int year, @NotBlank @Size(max = 300) String title,
        @NotBlank @Size(max = 2000) String gist) {
}
