package org.fazhi.enforcement;

import java.time.LocalDate;

/** A case transferred to the criminal justice organs (行刑衔接), with the receipt and the outcome. */
public record CriminalTransfer(Long id, Long caseId, LocalDate transferredOn, String receivingOrgan, String reason,
        LocalDate receiptOn, String receiptNo, TransferOutcome outcome, LocalDate outcomeOn, String outcomeNote) {
}
