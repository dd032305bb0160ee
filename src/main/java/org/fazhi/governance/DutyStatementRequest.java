package org.fazhi.governance;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A principal's 述法 for the group's year: the principal (a member), the day, the occasion and a summary. */
public record DutyStatementRequest(
        @NotNull Long memberId,
        @NotNull LocalDate givenOn,
        @NotBlank @Size(max = 200) String occasion,
        @NotBlank @Size(max = 4000) String summary) {
}
