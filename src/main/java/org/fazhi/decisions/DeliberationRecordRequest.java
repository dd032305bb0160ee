package org.fazhi.decisions;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The record of a topic's deliberation: each speaker in the order they spoke (the head of government
 * last, MD-07), the outcome, the head's reason when it goes against the majority, and the conclusion.
 */
public record DeliberationRecordRequest(@NotEmpty @Size(max = 60) List<@Valid Speech> speeches,
        @NotNull MeetingTopic.TopicOutcome outcome, @Size(max = 2000) String headReason,
        @Size(max = 4000) String conclusion) {

    /** One speaker: the attendee, the position taken, what they said. */
    public record Speech(@NotNull @Positive Long attendeeId, @NotNull MeetingTopic.Stance stance,
            @NotBlank @Size(max = 4000) String opinion) {
    }
}
