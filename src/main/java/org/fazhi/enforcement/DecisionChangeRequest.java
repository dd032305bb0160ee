package org.fazhi.enforcement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The decision was changed, revoked, confirmed unlawful or void on a day (by whom and why, in the reason). */
public record DecisionChangeRequest(LocalDate on, @NotNull ChangeKind kind, @NotBlank @Size(max = 1000) String reason,
        Integer version) {
}
