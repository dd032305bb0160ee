package org.fazhi.governance;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A meeting or study session held: the unit, kind, date, topic, participants and how many, minutes, place. */
public record MeetingRequest(
        @NotNull Long unitId,
        @NotNull MeetingKind kind,
        @NotNull LocalDate heldOn,
        @NotBlank @Size(max = 300) String topic,
        @NotBlank @Size(max = 2000) String participants,
        @NotNull @Min(1) @Max(10_000) Integer participantCount,
        @NotBlank @Size(max = 100_000) String minutes,
        @Size(max = 200) String venue) {
}
