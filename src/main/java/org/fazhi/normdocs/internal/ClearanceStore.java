package org.fazhi.normdocs.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The public_copy_clearance table: who checked the public copy of which version, and what it removed. */
@Repository
public class ClearanceStore {

    private final JdbcClient jdbc;
    private final Clock clock;

    ClearanceStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void add(long documentId, long versionId, int findings, long by) {
        jdbc.sql("insert into public_copy_clearance (document_id, version_id, findings, cleared_by, cleared_at)"
                + " values (?,?,?,?,?)").params(documentId, versionId, findings, by, OffsetDateTime.now(clock))
                .update();
    }

    /** The user who last cleared the public copy of this version, if anyone did. */
    public Optional<Long> clearedBy(long documentId, long versionId) {
        return jdbc.sql("select cleared_by from public_copy_clearance where document_id = ? and version_id = ?"
                + " order by id desc limit 1").params(documentId, versionId).query(Long.class).optional();
    }
}
