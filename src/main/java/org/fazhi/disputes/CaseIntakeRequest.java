package org.fazhi.disputes;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** A dispute received or found by screening: the committee, the day, how it came, what it is about, the parties. */
public record CaseIntakeRequest(
        @NotNull Long orgId,
        @NotNull LocalDate receivedOn,
        @NotNull CaseSource source,
        @NotNull DisputeCategory category,
        @NotBlank @Size(max = 4000) String summary,
        @NotNull @Size(min = 1, max = 20) List<@Valid @NotNull PartyRequest> parties) {
}
