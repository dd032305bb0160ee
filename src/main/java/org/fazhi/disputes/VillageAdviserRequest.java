package org.fazhi.disputes;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A village's legal adviser: the village unit, the lawyer, the firm, the contract term (first and last day). */
public record VillageAdviserRequest(
        @NotNull Long villageUnitId,
        @NotBlank @Size(max = 64) String adviserName,
        @NotBlank @Size(max = 200) String firm,
        @Size(max = 40) String phone,
        @NotNull LocalDate servesFrom,
        @NotNull LocalDate servesTo) {
}
