package org.fazhi.publicity;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** A person's result: the score (not above the exam's full mark), or absent without a score. */
public record ResultRequest(
        @NotBlank @Size(max = 80) @Pattern(regexp = "[A-Za-z]+:[A-Za-z0-9_-]{1,70}") String personRef,
        @NotBlank @Size(max = 64) String personName,
        @NotNull Long unitId,
        @DecimalMin("0") @DecimalMax("1000") BigDecimal score,
        @NotNull Boolean absent) {
}
