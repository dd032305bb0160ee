package org.fazhi.disclosure.internal;

import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

/** Disclosure requests as aggregate roots; a step locks the row with {@link #lock}. */
public interface RequestRecords extends Repository<RequestRecord, Long> {

    RequestRecord save(RequestRecord request);

    Optional<RequestRecord> findById(Long id);

    @Query("select * from disclosure_request where id = :id for update")
    Optional<RequestRecord> lock(Long id);
}
