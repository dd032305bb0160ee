package org.fazhi.enforcement;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A new version of the benchmark for one violation, set by a unit for its subtree, in force from a
 * date (the previous version ends the day before), with its circumstance levels.
 */
public record BenchmarkRequest(@Positive Long unitId,
        @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9._-]{1,40}") String violationCode,
        @NotBlank @Size(max = 300) String violationName, @NotBlank @Size(max = 2000) String legalReference,
        @NotNull LocalDate effectiveFrom, @NotEmpty @Size(max = 4) List<@Valid @NotNull Level> levels) {

    public BenchmarkRequest {
        levels = levels == null ? null : List.copyOf(levels);
    }

    /** One level: circumstance, what it covers, the penalty and, for money, the range. */
    public record Level(@NotNull Circumstance circumstance, @NotBlank @Size(max = 1000) String description,
            @NotNull PenaltyType penaltyType, @DecimalMin("0") @DecimalMax("999999999999") BigDecimal minAmount,
            @DecimalMin("0") @DecimalMax("999999999999") BigDecimal maxAmount) {
    }
}
