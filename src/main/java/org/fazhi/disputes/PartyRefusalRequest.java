package org.fazhi.disputes;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A party stated it refuses mediation (当事人明确拒绝调解). */
public record PartyRefusalRequest(@NotNull Long partyId, @NotNull LocalDate refusedOn, @Size(max = 500) String note,
        Integer version) {
}
