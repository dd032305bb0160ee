package org.fazhi.decisions;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * Opening the draft to public comment (MD-02) until {@code closesOn}; a window shorter than the
 * catalog's 30 days needs the reason, stated when the draft is put out (因情况紧急等原因).
 */
public record DecisionConsultationRequest(@NotNull LocalDate closesOn, @Size(max = 1000) String shortenedReason) {
}
