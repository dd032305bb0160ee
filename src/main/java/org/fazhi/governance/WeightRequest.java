package org.fazhi.governance;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** A unit's annual target assessment for a year: total points, the points of rule-of-law work, the scheme. */
public record WeightRequest(
        @NotNull Long unitId,
        @NotNull @Min(2000) @Max(2100) Integer year,
        @NotNull @DecimalMin("0.01") @DecimalMax("100000") BigDecimal totalPoints,
        @NotNull @DecimalMin("0") @DecimalMax("100000") BigDecimal ruleOfLawPoints,
        @NotBlank @Size(max = 200) String documentRef,
        @Size(max = 1000) String note) {
}
