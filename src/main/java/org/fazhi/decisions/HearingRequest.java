package org.fazhi.decisions;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * Announcing a hearing: its date (the materials must reach the participants 7 days before it, MD-03,
 * so the date must leave that time), the place and the announcement (公告) as published.
 */
public record HearingRequest(@NotNull LocalDate hearingDate, @NotBlank @Size(max = 300) String place,
        @NotBlank @Size(max = 20_000) String announcement) {
}
