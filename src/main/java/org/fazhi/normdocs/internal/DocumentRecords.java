package org.fazhi.normdocs.internal;

import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

/**
 * The normative documents as aggregate roots (Spring Data JDBC). A step loads the root with
 * {@link #lock} — the row stays locked to the end of the transaction, so two steps on one document
 * run one after the other — changes it through its methods and saves it; the save fails if the row
 * changed since it was read.
 */
public interface DocumentRecords extends Repository<DocumentRecord, Long> {

    DocumentRecord save(DocumentRecord document);

    Optional<DocumentRecord> findById(Long id);

    /** The root, locked for the rest of the transaction. */
    @Query("select * from normative_document where id = :id for update")
    Optional<DocumentRecord> lock(Long id);
}
