package org.fazhi.decisions;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * An item of a catalog: the matter, the sponsoring unit (in the catalog unit's subtree), the planned
 * quarter (1–4), and the criteria of 条例第三条 that put it on the catalog, with a note.
 */
public record CatalogItemRequest(@NotBlank @Size(max = 300) String title, @NotNull @Positive Long sponsorUnitId,
        @NotNull @Min(1) @Max(4) Integer plannedQuarter, @NotEmpty @Size(max = 5) List<@NotNull DecisionCriterion> criteria,
        @Size(max = 2000) String criteriaNote) {
}
