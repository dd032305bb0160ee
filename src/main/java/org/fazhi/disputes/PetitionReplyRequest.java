package org.fazhi.disputes;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The written reply (书面答复 / 处理意见): the day, what it decided, its text. */
public record PetitionReplyRequest(@NotNull LocalDate repliedOn, @NotNull ReplyOutcome outcome,
        @NotBlank @Size(max = 8000) String text, Integer version) {
}
