package org.fazhi.enforcement;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * The investigation's findings and the proposed decision: the violation (its benchmark code), the
 * circumstance level, what PN-02 reads (first offence, harm, corrected promptly), the outcome and,
 * for a penalty, its type and amount; the reason for a deviation from the benchmark; and, after a
 * 修改后合法 review, which review it answers and how.
 */
public record ProposalRequest(@Size(max = 40) @Pattern(regexp = "[A-Za-z0-9._-]{1,40}") String violationCode,
        Circumstance circumstance, boolean firstOffence, Harm harm, boolean corrected,
        @NotNull DecisionOutcome outcome, PenaltyType penaltyType,
        @DecimalMin("0") @DecimalMax("999999999999") BigDecimal amount, @Size(max = 2000) String deviationReason,
        @Positive Long answersReviewId, @Size(max = 2000) String reviewResponse, Integer version) {
}
