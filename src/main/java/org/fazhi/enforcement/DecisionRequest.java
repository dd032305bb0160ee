package org.fazhi.enforcement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * The decision on the proposal as it stands: its day and text (facts, grounds, basis, the decision,
 * remedies); for a decision without penalty, the education given (PN-02: 对当事人应当进行教育).
 */
public record DecisionRequest(LocalDate on, @NotBlank @Size(max = 20000) String decisionText,
        LocalDate educationOn, @Size(max = 2000) String educationRecord, Integer version) {
}
