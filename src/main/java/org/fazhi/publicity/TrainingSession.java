package org.fazhi.publicity;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A training session held by a unit: what, for whom, when, how long, where. */
public record TrainingSession(Long id, Long unitId, String title, TrainingKind kind, LocalDate heldOn,
        BigDecimal hours, String place) {
}
