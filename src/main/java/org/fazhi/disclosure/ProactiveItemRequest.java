package org.fazhi.disclosure;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A proactive disclosure item registered by staff of its unit: what it is, whether it was formed or changed and on
 * which day; if it is already public, the day it was published and the link to it.
 */
public record ProactiveItemRequest(@NotNull @Positive Long unitId, @NotBlank @Size(max = 300) String title,
        @NotNull ProactiveCategory category, @NotNull ProactiveChange change, @NotNull LocalDate formedOn,
        LocalDate publishedOn, @Size(max = 500) String link) {
}
