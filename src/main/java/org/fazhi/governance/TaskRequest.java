package org.fazhi.governance;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** A task of a plan being prepared: its number (序号), content, responsible unit, co-units and due date. */
public record TaskRequest(
        @NotBlank @Size(max = 20) String taskNo,
        @NotBlank @Size(max = 2000) String content,
        @NotNull Long leadUnitId,
        @Size(max = 30) List<@NotNull Long> coUnitIds,
        @NotNull LocalDate dueDate) {
}
