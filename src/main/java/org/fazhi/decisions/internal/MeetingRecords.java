package org.fazhi.decisions.internal;

import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

/** The government meetings as aggregate roots; a step locks its root with {@link #lock}. */
public interface MeetingRecords extends Repository<MeetingRecord, Long> {

    MeetingRecord save(MeetingRecord meeting);

    Optional<MeetingRecord> findById(Long id);

    @Query("select * from government_meeting where id = :id for update")
    Optional<MeetingRecord> lock(Long id);
}
