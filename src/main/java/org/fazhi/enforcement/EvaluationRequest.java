package org.fazhi.enforcement;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Evaluates a closed case file against a template: the score of every criterion. */
public record EvaluationRequest(@NotNull @Positive Long templateId, LocalDate evaluatedOn,
        @NotBlank @Size(max = 100) String evaluator, @Size(max = 2000) String remarks,
        @NotEmpty @Size(max = 50) List<@Valid @NotNull Score> scores) {

    public EvaluationRequest {
        scores = scores == null ? null : List.copyOf(scores);
    }

    public record Score(@NotNull @Positive Long criterionId,
            @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal points, @Size(max = 500) String note) {
    }
}
