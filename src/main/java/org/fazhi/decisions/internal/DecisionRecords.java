package org.fazhi.decisions.internal;

import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

/** The major decisions as aggregate roots; a step locks its root with {@link #lock}. */
public interface DecisionRecords extends Repository<DecisionRecord, Long> {

    DecisionRecord save(DecisionRecord decision);

    Optional<DecisionRecord> findById(Long id);

    @Query("select * from major_decision where id = :id for update")
    Optional<DecisionRecord> lock(Long id);
}
