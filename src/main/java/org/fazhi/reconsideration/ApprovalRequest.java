package org.fazhi.reconsideration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A step the head of the 行政复议机构 approves: extending the decision period (RC-06) or converting a
 * simplified case to the ordinary procedure (行政复议法第五十五条); when, who approved and why (an
 * extension is approved before the period ends).
 */
public record ApprovalRequest(@NotNull LocalDate approvedOn, @NotBlank @Size(max = 100) String approver,
        @NotBlank @Size(max = 1000) String reason, Integer version) {
}
