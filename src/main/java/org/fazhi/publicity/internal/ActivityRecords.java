package org.fazhi.publicity.internal;

import java.util.Optional;
import org.springframework.data.repository.Repository;

/** The publicity activities as aggregate roots (Spring Data JDBC); steps lock the row through {@link PublicityStore#lockActivity}. */
public interface ActivityRecords extends Repository<ActivityRecord, Long> {

    ActivityRecord save(ActivityRecord record);

    Optional<ActivityRecord> findById(Long id);
}
