package org.fazhi.governance;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * Reporting a task done or a finding rectified: the day it was finished (not in the future, not before
 * it was assigned), what was done, and the version of the record the page was based on. The evidence
 * files come with it.
 */
public record CompletionRequest(@NotNull LocalDate finishedOn, @NotBlank @Size(max = 4000) String text,
        Integer version) {
}
