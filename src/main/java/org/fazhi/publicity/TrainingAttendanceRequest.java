package org.fazhi.publicity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A person expected at a session, of a unit in scope, and whether they attended. */
public record TrainingAttendanceRequest(
        @NotBlank @Size(max = 80) @Pattern(regexp = "[A-Za-z]+:[A-Za-z0-9_-]{1,70}") String personRef,
        @NotBlank @Size(max = 64) String personName,
        @NotNull Long unitId,
        @NotNull Boolean attended) {
}
