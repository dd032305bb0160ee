package org.fazhi.suggestions;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * The lead unit's answer (答复): its category, text, the day it was sent and the answer document (a file
 * uploaded before through the files API, optional).
 */
public record AnswerRequest(@NotNull AnswerCategory category, @NotBlank @Size(max = 8000) String text,
        @NotNull LocalDate answeredOn, @Positive Long fileId, Integer version) {
}
