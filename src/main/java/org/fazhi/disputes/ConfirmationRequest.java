package org.fazhi.disputes;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * What the parties did with the judicial-confirmation window: applied to the court on a day within it
 * (the court named), or stated they will not apply (the note says so).
 */
public record ConfirmationRequest(
        @NotNull ConfirmationOutcome outcome,
        @NotNull LocalDate on,
        @Size(max = 200) String court,
        @Size(max = 500) String note,
        Integer version) {
}
