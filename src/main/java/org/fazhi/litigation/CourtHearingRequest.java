package org.fazhi.litigation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A hearing the court set: its date and place, whether it summoned the responsible person
 * (出庭通知书) and, if so, the day the summons was served.
 */
public record CourtHearingRequest(@NotNull LocalDate hearingDate, @Size(max = 200) String place,
        boolean summonsRequired, LocalDate summonsServedOn, Integer version) {
}
