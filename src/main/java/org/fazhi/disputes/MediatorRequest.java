package org.fazhi.disputes;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A mediator joining a committee: name, office phone, full-time or not, since when. */
public record MediatorRequest(
        @NotBlank @Size(max = 64) String personName,
        @Size(max = 40) String phone,
        @NotNull Boolean fullTime,
        @NotNull LocalDate since) {
}
