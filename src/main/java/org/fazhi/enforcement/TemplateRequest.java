package org.fazhi.enforcement;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/** A scoring template for an agency's case files of a year, with its pass mark and criteria. */
public record TemplateRequest(@NotNull @Positive Long agencyId, @Min(2000) @Max(2200) int year,
        @NotBlank @Size(max = 200) String name, @NotNull @DecimalMin("0") @DecimalMax("1000") BigDecimal passMark,
        @NotEmpty @Size(max = 50) List<@Valid @NotNull Criterion> criteria) {

    public TemplateRequest {
        criteria = criteria == null ? null : List.copyOf(criteria);
    }

    public record Criterion(@NotBlank @Size(max = 500) String description,
            @NotNull @DecimalMin("0.5") @DecimalMax("100") BigDecimal maxPoints) {
    }
}
