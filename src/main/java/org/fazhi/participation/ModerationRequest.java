package org.fazhi.participation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Moderation of a comment: {@code withheld} keeps its content out of the published dispositions
 * (abuse, advertising, someone's personal data, nothing to do with the draft) and then needs the
 * {@code reason}; {@code false} publishes it again. A withheld comment is still counted and still
 * answered.
 */
public record ModerationRequest(@NotNull Boolean withheld, @Size(max = 1000) String reason) {
}
