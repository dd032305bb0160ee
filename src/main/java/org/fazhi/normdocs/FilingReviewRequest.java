package org.fazhi.normdocs;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The filing body's review result as received: what it found, when it arrived, and its opinion (required for a correction). */
public record FilingReviewRequest(@NotNull FilingReviewResult result, @NotNull LocalDate receivedOn,
        @Size(max = 2000) String opinion) {
}
