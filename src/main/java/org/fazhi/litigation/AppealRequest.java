package org.fazhi.litigation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * An appeal against a first-instance judgment or ruling, within 15 (ruling: 10) days of service
 * (LT-09, LT-10): who appealed, when, the court of appeal and its case number; when another party
 * appealed, the day the appeal's copy was received (the answer's 15 days, LT-02).
 */
public record AppealRequest(@NotNull Appellant appellant, @NotNull LocalDate filedOn,
        @NotBlank @Size(max = 200) String court, @NotBlank @Size(max = 80) String caseNo, LocalDate copyReceivedOn,
        Integer version) {
}
