package org.fazhi.inspections;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** An item of the inspection items list. */
public record ItemRequest(@Positive Long unitId, @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9._-]{1,40}") String code,
        @NotBlank @Size(max = 300) String name, @NotBlank @Size(max = 2000) String basis,
        @NotBlank @Size(max = 60) String objectType,
        @NotNull @DecimalMin("0.01") @DecimalMax("100") BigDecimal ratioPercent, @Min(1) @Max(52) int frequency,
        @NotBlank @Size(max = 200) String method) {
}
