package org.fazhi.decisions;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A risk assessment report: the assessing unit (or institution's name), the risk points, the level,
 * the measures, the response plan, whether the risk is controllable, and when it concluded.
 */
public record RiskAssessmentRequest(@Positive Long assessorUnitId, @Size(max = 200) String assessorName,
        @NotBlank @Size(max = 50_000) String riskPoints, @NotNull RiskAssessment.RiskLevel level,
        @NotBlank @Size(max = 50_000) String measures, @NotBlank @Size(max = 50_000) String responsePlan,
        @NotNull Boolean controllable, @NotNull LocalDate concludedOn) {
}
