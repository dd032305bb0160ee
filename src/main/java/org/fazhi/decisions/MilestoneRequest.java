package org.fazhi.decisions;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** An implementation milestone: what, the responsible unit, the due date. */
public record MilestoneRequest(@NotBlank @Size(max = 300) String title, @NotNull @Positive Long responsibleUnitId,
        @NotNull LocalDate dueOn) {
}
