package org.fazhi.reconsideration.internal;

import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

/**
 * The reconsideration cases as aggregate roots (Spring Data JDBC). A step loads the root with
 * {@link #lock} — the row stays locked to the end of the transaction — changes it through its methods
 * and saves it; the save fails if the row changed since it was read.
 */
public interface CaseRecords extends Repository<CaseRecord, Long> {

    CaseRecord save(CaseRecord c);

    Optional<CaseRecord> findById(Long id);

    /** The root, locked for the rest of the transaction. */
    @Query("select * from reconsideration_case where id = :id for update")
    Optional<CaseRecord> lock(Long id);
}
