package org.fazhi.reconsideration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * The parties' opinions heard (in person, by internet or telephone) or the case reviewed in writing;
 * in the ordinary procedure written review needs the reason the parties could not be heard
 * (行政复议法第四十九条).
 */
public record ViewsRequest(@NotNull HearingKind kind, @NotNull LocalDate on, @Size(max = 1000) String reason,
        @NotBlank @Size(max = 4000) String summary, Integer version) {
}
