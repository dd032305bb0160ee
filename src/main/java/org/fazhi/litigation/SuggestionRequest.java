package org.fazhi.litigation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A judicial suggestion received by a unit ({@code unitId}; null: the user's own): the court, its
 * number, the day received, the content, the case it arose from (if ours), and the reply date the
 * court set (none: LT-12 from receipt).
 */
public record SuggestionRequest(@Positive Long unitId, @NotBlank @Size(max = 200) String court,
        @NotBlank @Size(max = 80) String suggestionNo, @NotNull LocalDate receivedOn,
        @NotBlank @Size(max = 4000) String content, @Positive Long litigationCaseId, LocalDate replyDue) {
}
