package org.fazhi.reconsideration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** 终止 after 60 days of suspension whose cause remains (行政复议法第四十一条第（五）项, RC-09). */
public record SuspensionEndRequest(@NotNull LocalDate on, @NotBlank @Size(max = 1000) String reason,
        Integer version) {
}
