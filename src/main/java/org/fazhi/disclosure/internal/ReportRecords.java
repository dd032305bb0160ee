package org.fazhi.disclosure.internal;

import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

/** Annual reports as aggregate roots; a step locks the row with {@link #lock}. */
public interface ReportRecords extends Repository<ReportRecord, Long> {

    ReportRecord save(ReportRecord report);

    Optional<ReportRecord> findById(Long id);

    @Query("select * from disclosure_report where id = :id for update")
    Optional<ReportRecord> lock(Long id);

    @Query("select * from disclosure_report where unit_id = :unitId and year_no = :year")
    Optional<ReportRecord> findByUnitAndYear(Long unitId, Integer year);
}
