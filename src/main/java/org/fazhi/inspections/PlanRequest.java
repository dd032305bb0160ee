package org.fazhi.inspections;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A plan of an agency for one item, over a period; {@code objectCount}: how many objects to draw (null:
 * the item's ratio of the pool, at least one).
 */
public record PlanRequest(@NotNull @Positive Long agencyId, @NotNull @Positive Long itemId,
        @NotBlank @Size(max = 300) String title, @NotNull LocalDate startsOn, @NotNull LocalDate endsOn,
        @Min(1) @Max(100_000) Integer objectCount) {
}
