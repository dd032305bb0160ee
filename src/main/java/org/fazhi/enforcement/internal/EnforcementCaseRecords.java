package org.fazhi.enforcement.internal;

import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

/**
 * The cases as aggregate roots (Spring Data JDBC). A step loads the root with {@link #lock} — the
 * row stays locked to the end of the transaction, so two steps on one case run one after the other —
 * changes it through its methods and saves it; the save fails if the row changed since it was read.
 */
public interface EnforcementCaseRecords extends Repository<CaseRecord, Long> {

    CaseRecord save(CaseRecord record);

    Optional<CaseRecord> findById(Long id);

    @Query("select * from enforcement_case where id = :id for update")
    Optional<CaseRecord> lock(Long id);
}
