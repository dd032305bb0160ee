package org.fazhi.decisions.internal;

import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

/** The decision catalogs as aggregate roots; a step locks its root with {@link #lock}. */
public interface CatalogRecords extends Repository<CatalogRecord, Long> {

    CatalogRecord save(CatalogRecord catalog);

    Optional<CatalogRecord> findById(Long id);

    @Query("select * from decision_catalog where id = :id for update")
    Optional<CatalogRecord> lock(Long id);
}
