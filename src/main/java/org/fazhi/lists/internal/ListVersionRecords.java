package org.fazhi.lists.internal;

import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

/**
 * The versions of lists as aggregate roots. A step loads the root with {@link #lock} (the row stays
 * locked to the end of the transaction), changes it through its methods and saves it; the save fails
 * if the row changed since it was read.
 */
public interface ListVersionRecords extends Repository<ListVersionRecord, Long> {

    ListVersionRecord save(ListVersionRecord version);

    Optional<ListVersionRecord> findById(Long id);

    @Query("select * from list_version where id = :id for update")
    Optional<ListVersionRecord> lock(Long id);
}
