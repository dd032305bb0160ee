package org.fazhi.accountability;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A record opened (立案) for the fault found in the source record ({@code sourceType}, {@code sourceId});
 * it belongs to the source's unit. The person and post concerned, the facts, and the day opened.
 */
public record AccountabilityRequest(@NotBlank @Size(max = 60) String sourceType, @NotNull @Positive Long sourceId,
        @NotNull FaultKind fault, @NotBlank @Size(max = 100) String personName, @Size(max = 100) String personPost,
        @NotNull LocalDate openedOn, @NotBlank @Size(max = 4000) String facts) {
}
