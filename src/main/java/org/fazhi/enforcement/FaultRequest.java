package org.fazhi.enforcement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Records a fault found in a case and how it was answered for. */
public record FaultRequest(@Positive Long officerId, @NotNull FaultKind kind, @NotBlank @Size(max = 2000) String description,
        @NotNull AccountabilityMeasure measure, LocalDate decidedOn, @NotBlank @Size(max = 100) String decidedBy) {
}
