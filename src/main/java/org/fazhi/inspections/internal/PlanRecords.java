package org.fazhi.inspections.internal;

import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

/** The plans as aggregate roots; a step locks the row for the rest of its transaction. */
public interface PlanRecords extends Repository<PlanRecord, Long> {

    PlanRecord save(PlanRecord record);

    Optional<PlanRecord> findById(Long id);

    @Query("select * from inspection_plan where id = :id for update")
    Optional<PlanRecord> lock(Long id);
}
