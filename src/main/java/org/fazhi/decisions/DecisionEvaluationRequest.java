package org.fazhi.decisions;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A post-evaluation as completed: the trigger, the evaluator (a unit, or the name of a third party),
 * the date, the report and the conclusion.
 */
public record DecisionEvaluationRequest(@NotNull DecisionEvaluation.Trigger trigger, @Positive Long evaluatorUnitId,
        @Size(max = 200) String evaluatorName, @NotNull LocalDate completedOn,
        @NotBlank @Size(max = 100_000) String report, @NotNull DecisionEvaluation.Conclusion conclusion) {
}
