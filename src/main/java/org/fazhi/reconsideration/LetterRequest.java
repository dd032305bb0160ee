package org.fazhi.reconsideration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A 意见书 or 建议书 to the respondent or another lower agency in the body's jurisdiction: its number,
 * the day issued and the day served ({@code servedOn} starts the 60-day correction report, RC-08).
 */
public record LetterRequest(@NotNull LetterKind kind, @NotNull @Positive Long recipientUnitId,
        @NotBlank @Size(max = 60) String letterNo, @NotNull LocalDate issuedOn, @NotNull LocalDate servedOn,
        @NotBlank @Size(max = 4000) String content) {
}
