package org.fazhi.reconsideration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The 补正 period extended for a justified reason (行政复议法第三十一条第二款): a new period from today. */
public record CorrectionExtensionRequest(@NotBlank @Size(max = 1000) String reason, Integer version) {
}
