package org.fazhi.reconsideration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The recipient's report of how it corrected what a letter pointed out. */
public record CorrectionReportRequest(@NotNull LocalDate reportedOn, @NotBlank @Size(max = 4000) String summary,
        Integer version) {
}
