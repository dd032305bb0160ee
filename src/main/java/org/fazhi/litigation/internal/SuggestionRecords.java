package org.fazhi.litigation.internal;

import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

/** The judicial suggestions as aggregate roots. */
public interface SuggestionRecords extends Repository<SuggestionRecord, Long> {

    SuggestionRecord save(SuggestionRecord s);

    @Query("select * from judicial_suggestion where id = :id for update")
    Optional<SuggestionRecord> lock(Long id);
}
