package org.fazhi.disclosure;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The one-time 补正 notice (GI-02): what is unclear and what to supply, sent on a day. */
public record CorrectionNoticeRequest(@NotBlank @Size(max = 2000) String note, @NotNull LocalDate sentOn,
        Integer version) {
}
