package org.fazhi.reconsideration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** A 行政复议机关 ({@code unitId}) and the unit that handles its cases ({@code handlingUnitId}, below or equal to it). */
public record ReconsiderationBodyRequest(@NotNull @Positive Long unitId, @NotNull @Positive Long handlingUnitId,
        @NotBlank @Size(max = 200) String name) {
}
