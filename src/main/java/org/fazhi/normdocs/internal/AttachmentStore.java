package org.fazhi.normdocs.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The document_attachment table (file metadata stays in the file store). */
@Repository
public class AttachmentStore {

    /** One row: which file, of which kind, on which document and version. */
    public record Row(long id, long documentId, Long versionId, long fileId, String kind, OffsetDateTime createdAt) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    AttachmentStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public long insert(long documentId, Long versionId, long fileId, String kind, Long by) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into document_attachment (document_id, version_id, file_id, kind, created_by, created_at)"
                + " values (?,?,?,?,?,?)").params(documentId, versionId, fileId, kind, by, OffsetDateTime.now(clock))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public void delete(long id) {
        jdbc.sql("delete from document_attachment where id = ?").param(id).update();
    }

    public Optional<Row> find(long id) {
        return jdbc.sql("select * from document_attachment where id = ?").param(id).query(AttachmentStore::map)
                .optional();
    }

    public List<Row> ofDocument(long documentId) {
        return jdbc.sql("select * from document_attachment where document_id = ? order by id").param(documentId)
                .query(AttachmentStore::map).list();
    }

    public boolean hasKind(long documentId, String kind) {
        return jdbc.sql("select count(*) from document_attachment where document_id = ? and kind = ?")
                .params(documentId, kind).query(Long.class).single() > 0;
    }

    private static Row map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Row(rs.getLong("id"), rs.getLong("document_id"), rs.getObject("version_id", Long.class),
                rs.getLong("file_id"), rs.getString("kind"), rs.getObject("created_at", OffsetDateTime.class));
    }
}
