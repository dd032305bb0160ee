package org.fazhi.decisions;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Convening a government meeting: the government (default: the actor's unit), kind, title, date and place. */
public record MeetingRequest(@Positive Long unitId, @NotNull MeetingKind kind, @NotBlank @Size(max = 200) String title,
        @NotNull LocalDate meetingDate, @Size(max = 200) String place) {
}
