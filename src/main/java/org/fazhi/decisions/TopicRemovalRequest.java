package org.fazhi.decisions;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Taking a topic off a meeting's agenda, with the reason. */
public record TopicRemovalRequest(@NotBlank @Size(max = 1000) String reason) {
}
