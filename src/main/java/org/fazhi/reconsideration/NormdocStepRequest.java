package org.fazhi.reconsideration;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * One step of an incidental review: the issuing organ notified or its answer received, the
 * document forwarded ({@code forwardedTo}), or the review concluded ({@code conclusion} with a note).
 */
public record NormdocStepRequest(@NotNull LocalDate on, @Size(max = 200) String forwardedTo,
        NormdocConclusion conclusion, @Size(max = 2000) String note, Integer version) {
}
