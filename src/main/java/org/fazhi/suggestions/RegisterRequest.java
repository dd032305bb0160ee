package org.fazhi.suggestions;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A suggestion or proposal registered by the coordinating unit: its kind, number (第123号) and session, the
 * proposers (names of deputies or members), their contact (personal data, stored encrypted), title and
 * text, the day it was received, and whether it concerns normative documents (SD-02).
 */
public record RegisterRequest(@NotNull @Positive Long coordinatorUnitId, @NotNull SuggestionKind kind,
        @NotBlank @Size(max = 40) String number, @NotBlank @Size(max = 100) String sessionName,
        @NotNull @Min(2000) @Max(2100) Integer sessionYear, @NotBlank @Size(max = 500) String proposers,
        @Size(max = 200) String contact, @NotBlank @Size(max = 300) String title,
        @NotBlank @Size(max = 8000) String content, @NotNull LocalDate receivedOn, boolean concernsNormdocs) {
}
