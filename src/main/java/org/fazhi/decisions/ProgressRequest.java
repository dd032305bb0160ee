package org.fazhi.decisions;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A progress report: optionally on one milestone, the date, the share done, the report. */
public record ProgressRequest(@Positive Long milestoneId, @NotNull LocalDate reportedOn,
        @NotNull @Min(0) @Max(100) Integer percentDone, @NotBlank @Size(max = 4000) String report) {
}
