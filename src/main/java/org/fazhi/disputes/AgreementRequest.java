package org.fazhi.disputes;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * The agreement reached (调解协议): its text (for an oral agreement, the record of what was agreed), when
 * it was signed and when it took effect — a written agreement on the day the parties and the mediator
 * signed it (人民调解法第二十九条), an oral one on the day the parties agreed (第三十条). The parties' window
 * to apply for judicial confirmation runs from the day it took effect (PM-01).
 */
public record AgreementRequest(
        @NotBlank @Size(max = 20_000) String text,
        @NotNull Boolean oral,
        @NotNull LocalDate signedOn,
        @NotNull LocalDate effectiveOn,
        Integer version) {
}
