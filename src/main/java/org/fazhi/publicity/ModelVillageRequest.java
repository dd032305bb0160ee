package org.fazhi.publicity;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A village awarded 民主法治示范村（社区） by a level in a year. */
public record ModelVillageRequest(
        @NotNull Long villageUnitId,
        @NotNull ModelVillageLevel level,
        @NotNull @Min(2000) @Max(2100) Integer awardedYear,
        @NotBlank @Size(max = 200) String awardedBy) {
}
