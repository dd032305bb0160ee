package org.fazhi.enforcement;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A transfer step: the transfer (organ and reason), the receipt (day and number) or the outcome
 * (with its day and a note); the fields of the other steps stay empty.
 */
public record TransferRequest(LocalDate on, @Size(max = 100) String receivingOrgan, @Size(max = 2000) String reason,
        @Size(max = 60) String receiptNo, TransferOutcome outcome, @Size(max = 1000) String note) {
}
