package org.fazhi.disputes;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Mediation ended without agreement (调解不成): the day and the reason; the parties are told their other remedies. */
public record FailureRequest(@NotNull LocalDate failedOn, @NotBlank @Size(max = 1000) String reason,
        Integer version) {
}
