package org.fazhi.decisions;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Who attended the meeting, exactly one marked as the head of government (行政首长). */
public record AttendanceRequest(@NotEmpty @Size(max = 60) List<@Valid Attendee> attendees) {

    /** One attendee: name, position, head of government, member taking part in the decision. */
    public record Attendee(@NotBlank @Size(max = 64) String name, @NotBlank @Size(max = 100) String position,
            @NotNull Boolean head, @NotNull Boolean voting) {
    }
}
