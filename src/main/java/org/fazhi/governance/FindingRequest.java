package org.fazhi.governance;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A problem found and its rectification assigned: description, owner unit, the person in charge, measures, due date. */
public record FindingRequest(
        @NotBlank @Size(max = 2000) String description,
        @NotNull Long ownerUnitId,
        @NotBlank @Size(max = 64) String ownerPerson,
        @NotBlank @Size(max = 2000) String measures,
        @NotNull LocalDate dueDate) {
}
