package org.fazhi.tickets.internal;

import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

/** Tickets as aggregate roots; a step locks the row with {@link #lock}. */
public interface TicketRecords extends Repository<TicketRecord, Long> {

    TicketRecord save(TicketRecord ticket);

    Optional<TicketRecord> findById(Long id);

    @Query("select * from ticket where id = :id for update")
    Optional<TicketRecord> lock(Long id);
}
