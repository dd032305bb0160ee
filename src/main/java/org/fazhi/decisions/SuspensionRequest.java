package org.fazhi.decisions;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Suspending a decision's implementation (中止执行, MD-11): the reason, and the basis — the collective
 * decision that suspended it, or the head of government's decision in an emergency (紧急情况下行政首长
 * 可以先决定中止执行).
 */
public record SuspensionRequest(@NotBlank @Size(max = 2000) String reason, @NotBlank @Size(max = 500) String basis) {
}
