package org.fazhi.suggestions;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A co-unit's opinion to the lead unit (会办意见) in the current round. */
public record OpinionRequest(@NotNull @Positive Long unitId, @NotBlank @Size(max = 4000) String opinion,
        @NotNull LocalDate givenOn, Integer version) {
}
