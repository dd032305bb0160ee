package org.fazhi.tickets;

import java.time.LocalDate;

/** A ticket just filed: its receipt number and the query code, which is shown once and stored only as a hash. */
public record FiledTicket(long id, String receiptNo, String queryCode, LocalDate receivedOn)
        implements java.io.Serializable {
}
