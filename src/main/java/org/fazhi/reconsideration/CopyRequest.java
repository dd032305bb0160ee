package org.fazhi.reconsideration;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * The copy of the application sent to the respondent; {@code respondentReceivedOn} (default: the day
 * it was sent) starts the respondent's answer period (RC-12 / RC-14).
 */
public record CopyRequest(@NotNull LocalDate sentOn, LocalDate respondentReceivedOn, Integer version) {
}
