package org.fazhi.accountability;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** The decision: its day and number, the measures taken (at least one), and its summary. */
public record DecisionRequest(@NotNull LocalDate decidedOn, @NotBlank @Size(max = 80) String decisionNo,
        @NotEmpty @Size(max = 13) List<@NotNull Measure> measures, @NotBlank @Size(max = 4000) String summary,
        Integer version) {
}
