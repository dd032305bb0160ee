package org.fazhi.decisions;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The hearing as held: the date, the transcript (听证笔录) and a summary of the views. */
public record HearingRecordRequest(@NotNull LocalDate heldOn, @NotBlank @Size(max = 200_000) String transcript,
        @Size(max = 4000) String summary) {
}
