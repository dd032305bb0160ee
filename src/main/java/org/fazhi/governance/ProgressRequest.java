package org.fazhi.governance;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A progress report on a task or a rectification, and the version of the record the page was based on. */
public record ProgressRequest(@NotBlank @Size(max = 4000) String text, Integer version) {
}
