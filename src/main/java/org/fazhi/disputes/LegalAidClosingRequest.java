package org.fazhi.disputes;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A granted case closed (结案), with its outcome. */
public record LegalAidClosingRequest(@NotNull LocalDate closedOn, @NotBlank @Size(max = 1000) String outcome,
        Integer version) {
}
