package org.fazhi.disputes.internal;

import java.util.Optional;
import org.springframework.data.repository.Repository;

/** The petitions as aggregate roots (Spring Data JDBC); steps lock the row through {@link PetitionStore#lock}. */
public interface PetitionRecords extends Repository<PetitionRecord, Long> {

    PetitionRecord save(PetitionRecord record);

    Optional<PetitionRecord> findById(Long id);
}
