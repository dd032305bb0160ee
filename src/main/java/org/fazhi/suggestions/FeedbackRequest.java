package org.fazhi.suggestions;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The proposer's feedback form (征询意见表): satisfaction, remarks, the day it came back. */
public record FeedbackRequest(@NotNull Satisfaction satisfaction, @Size(max = 2000) String note,
        @NotNull LocalDate receivedOn, Integer version) {
}
