package org.fazhi.litigation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * The effective judgment fulfilled: when and how, and when the fulfilment was reported to the county
 * government for the record (seed 004 §12: 履行情况报县政府备案).
 */
public record FulfilmentRequest(@NotNull LocalDate performedOn, @NotBlank @Size(max = 4000) String summary,
        LocalDate reportedOn, Integer version) {
}
