package org.fazhi.tickets;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A media exposure (舆情) entry linked to a ticket: where it appeared, its headline, the link, the day. */
public record TicketExposureRequest(@NotBlank @Size(max = 200) String media, @NotBlank @Size(max = 300) String headline,
        @Size(max = 500) @Pattern(regexp = "|https?://\\S+") String url, @NotNull LocalDate reportedOn,
        @Size(max = 1000) String note) {
}
