package org.fazhi.decisions;

import jakarta.validation.constraints.NotNull;

/** Taking an expert off the register ({@code active = false}) or back on. */
public record ExpertStatusRequest(@NotNull Boolean active) {
}
