package org.fazhi.participation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** How a comment is answered; 部分采纳 and 不采纳 need a reason. */
public record DispositionRequest(@NotNull Disposition disposition, @Size(max = 2000) String reason) {
}
