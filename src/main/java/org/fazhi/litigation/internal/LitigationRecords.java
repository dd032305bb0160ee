package org.fazhi.litigation.internal;

import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

/** The instances of suits as aggregate roots; a step loads one with {@link #lock}. */
public interface LitigationRecords extends Repository<LitigationRecord, Long> {

    LitigationRecord save(LitigationRecord c);

    Optional<LitigationRecord> findById(Long id);

    @Query("select * from litigation_case where id = :id for update")
    Optional<LitigationRecord> lock(Long id);
}
