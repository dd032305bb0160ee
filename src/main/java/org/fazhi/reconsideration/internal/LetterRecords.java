package org.fazhi.reconsideration.internal;

import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

/** The letters as aggregate roots. */
public interface LetterRecords extends Repository<LetterRecord, Long> {

    LetterRecord save(LetterRecord letter);

    Optional<LetterRecord> findById(Long id);

    @Query("select * from reconsideration_letter where id = :id for update")
    Optional<LetterRecord> lock(Long id);
}
