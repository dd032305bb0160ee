package org.fazhi.disputes;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The decision on an application: granted (assigned to a lawyer or firm) or refused (with the reason). */
public record LegalAidDecisionRequest(
        @NotNull Boolean granted,
        @NotNull LocalDate decidedOn,
        @Size(max = 200) String assignedTo,
        @Size(max = 1000) String refusalReason,
        Integer version) {
}
