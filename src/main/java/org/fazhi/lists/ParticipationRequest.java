package org.fazhi.lists;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * The public participation held on an adjustment: how (网上征求意见, 座谈会, 听证会 …), from when to when,
 * how many opinions came in, and how they were used (采纳情况). {@code version}: the list version's lock
 * version the form was based on.
 */
public record ParticipationRequest(
        @NotBlank @Size(max = 300) String channel,
        @NotNull LocalDate startsOn,
        @NotNull LocalDate endsOn,
        @NotNull @Min(0) @Max(1_000_000) Integer opinions,
        @NotBlank @Size(max = 4000) String adoption,
        Integer version) {
}
