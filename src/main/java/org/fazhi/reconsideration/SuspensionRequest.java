package org.fazhi.reconsideration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** 中止 on one of the grounds of 行政复议法第三十九条, from {@code on}: the decision clock pauses. */
public record SuspensionRequest(@NotNull SuspensionGround ground, @NotNull LocalDate on,
        @NotBlank @Size(max = 1000) String reason, Integer version) {
}
