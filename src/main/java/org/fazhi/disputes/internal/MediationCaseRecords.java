package org.fazhi.disputes.internal;

import java.util.Optional;
import org.springframework.data.repository.Repository;

/** The mediation cases as aggregate roots (Spring Data JDBC); steps lock the row through {@link MediationStore#lockCase}. */
public interface MediationCaseRecords extends Repository<MediationCaseRecord, Long> {

    MediationCaseRecord save(MediationCaseRecord record);

    Optional<MediationCaseRecord> findById(Long id);
}
