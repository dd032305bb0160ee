package org.fazhi.governance.internal;

import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

/** The findings of inspections as aggregate roots; a step locks the row with {@link #lock}. */
public interface FindingRecords extends Repository<FindingRecord, Long> {

    FindingRecord save(FindingRecord finding);

    Optional<FindingRecord> findById(Long id);

    @Query("select * from finding where id = :id for update")
    Optional<FindingRecord> lock(Long id);
}
