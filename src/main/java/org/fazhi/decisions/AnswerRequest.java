package org.fazhi.decisions;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The answer to an expert's opinion: how it was taken up and why. */
public record AnswerRequest(@NotNull ExpertOpinion.AnswerKind kind, @NotBlank @Size(max = 4000) String answer) {
}
