package org.fazhi.decisions;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/** Tabling a major decision of the government at its meeting. */
public record TablingRequest(@NotNull @Positive Long decisionId) {
}
