package org.fazhi.publicity;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The yearly review of an agency's list: by whom, when, the rating and what was found. */
public record DutyReviewRequest(
        @NotNull Long unitId,
        @NotNull @Min(2000) @Max(2100) Integer year,
        @NotNull LocalDate reviewedOn,
        @NotBlank @Size(max = 200) String reviewer,
        @NotNull DutyRating rating,
        @NotBlank @Size(max = 2000) String findings) {
}
