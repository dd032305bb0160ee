package org.fazhi.decisions;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** An opinion poll as conducted: title, method, sample size, period, who conducted it, and the results. */
public record PollRequest(@NotBlank @Size(max = 300) String title, @NotBlank @Size(max = 300) String method,
        @NotNull @Min(1) @Max(10_000_000) Integer sampleSize, @NotNull LocalDate startedOn, @NotNull LocalDate endedOn,
        @NotBlank @Size(max = 200) String conductedBy, @NotBlank @Size(max = 100_000) String results) {
}
