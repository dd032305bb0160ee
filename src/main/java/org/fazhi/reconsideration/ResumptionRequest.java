package org.fazhi.reconsideration;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** 恢复审理 from {@code on}: the decision clock runs again, the paused days not counted. */
public record ResumptionRequest(@NotNull LocalDate on, Integer version) {
}
