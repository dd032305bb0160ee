package org.fazhi.reconsideration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The respondent's written answer with its evidence and basis (书面答复). */
public record AnswerRequest(@NotNull LocalDate receivedOn, @NotBlank @Size(max = 4000) String summary,
        Integer version) {
}
