package org.fazhi.review.internal;

import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

/** Review requests as aggregate roots (Spring Data JDBC); a step locks the root, changes it and saves it. */
public interface ReviewRecords extends Repository<ReviewRecord, Long> {

    ReviewRecord save(ReviewRecord request);

    /** The root, locked for the rest of the transaction. */
    @Query("select * from review_request where id = :id for update")
    Optional<ReviewRecord> lock(Long id);
}
