package org.fazhi.decisions;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** A topic that is not a major decision: its title, the sponsoring unit and the materials put to the meeting. */
public record TopicRequest(@NotBlank @Size(max = 300) String title, @NotNull @Positive Long sponsorUnitId,
        @NotBlank @Size(max = 200_000) String materials) {
}
