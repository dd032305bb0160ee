package org.fazhi.indicators;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * An indicator of a locality's system as adapted: title, the metric it is scored from (blank: by hand),
 * the rule whose value is the target (blank: none), its own target (blank: the rule's or the metric's),
 * weight, comparison, scoring function and the points deducted per point short, and the system's version
 * the change was based on.
 */
public record IndicatorRequest(
        @NotBlank @Size(max = 500) String title,
        @Size(max = 100) @Pattern(regexp = "[a-z0-9.-]*") String metricId,
        @Size(max = 10) @Pattern(regexp = "[A-Z0-9-]*") String ruleId,
        @NotNull Comparison comparison,
        @DecimalMin("0") @DecimalMax("1000000") BigDecimal target,
        @NotNull @DecimalMin("0") @DecimalMax("1000") BigDecimal weight,
        @NotNull ScoringFunction scoring,
        @DecimalMin("0") @DecimalMax("1000") BigDecimal deductPerPoint,
        @NotNull Integer version) {
}
