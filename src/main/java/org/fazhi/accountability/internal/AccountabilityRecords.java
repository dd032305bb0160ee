package org.fazhi.accountability.internal;

import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

/** Accountability records as aggregate roots; a step loads one with {@link #lock}. */
public interface AccountabilityRecords extends Repository<AccountabilityRecord, Long> {

    AccountabilityRecord save(AccountabilityRecord r);

    Optional<AccountabilityRecord> findById(Long id);

    @Query("select * from accountability_case where id = :id for update")
    Optional<AccountabilityRecord> lock(Long id);
}
