package org.fazhi.reconsideration;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The applicant's 补正材料 received: the acceptance review starts again from that day. */
public record CorrectionReceiptRequest(@NotNull LocalDate receivedOn, @Size(max = 2000) String note, Integer version) {
}
