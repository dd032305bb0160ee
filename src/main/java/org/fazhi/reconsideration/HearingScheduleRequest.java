package org.fazhi.reconsideration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A hearing: its date and place, and the day the written notice went out (at least RC-13 working days before). */
public record HearingScheduleRequest(@NotNull LocalDate hearingDate, @NotNull LocalDate noticeSentOn,
        @NotBlank @Size(max = 200) String place, Integer version) {
}
