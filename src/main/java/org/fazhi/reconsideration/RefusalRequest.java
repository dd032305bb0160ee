package org.fazhi.reconsideration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * 不予受理 within the review period, with the reason; an application outside this body's jurisdiction
 * names the competent body (行政复议法第三十条第二款).
 */
public record RefusalRequest(@NotNull LocalDate refusedOn, @NotBlank @Size(max = 2000) String reason,
        @Size(max = 200) String competentBody, Integer version) {
}
