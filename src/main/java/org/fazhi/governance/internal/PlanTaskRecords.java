package org.fazhi.governance.internal;

import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

/** The tasks of work plans as aggregate roots; a step locks the row with {@link #lock}. */
public interface PlanTaskRecords extends Repository<PlanTaskRecord, Long> {

    PlanTaskRecord save(PlanTaskRecord task);

    Optional<PlanTaskRecord> findById(Long id);

    @Query("select * from plan_task where id = :id for update")
    Optional<PlanTaskRecord> lock(Long id);
}
