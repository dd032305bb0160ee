package org.fazhi.disclosure;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The reply (GI-04): its reason (reply type and sub-reason), the letter's text, the day it was sent. */
public record ReplyRequest(@NotNull ReplyReason reason, @NotBlank @Size(max = 4000) String note,
        @NotNull LocalDate repliedOn, Integer version) {
}
