package org.fazhi.reconsideration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** 行政复议决定: its type, number, date and reasoning. */
public record DecisionRequest(@NotNull DecisionOutcome outcome, @NotBlank @Size(max = 60) String decisionNo,
        @NotNull LocalDate decidedOn, @NotBlank @Size(max = 4000) String summary, Integer version) {
}
