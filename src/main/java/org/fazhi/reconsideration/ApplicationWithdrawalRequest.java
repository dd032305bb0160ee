package org.fazhi.reconsideration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The applicant withdrew the application before it was accepted. */
public record ApplicationWithdrawalRequest(@NotNull LocalDate withdrawnOn, @NotBlank @Size(max = 1000) String reason,
        Integer version) {
}
