package org.fazhi.litigation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The unit's written reply to a judicial suggestion. */
public record SuggestionReplyRequest(@NotNull LocalDate repliedOn, @NotBlank @Size(max = 4000) String summary,
        Integer version) {
}
