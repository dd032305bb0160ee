package org.fazhi.reconsideration.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.fazhi.reconsideration.AttachmentKind;
import org.fazhi.reconsideration.CaseAttachment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The reconsideration_attachment table (with the stored file's name and size as uploaded). */
@Repository
public class CaseAttachmentStore {

    private final JdbcClient jdbc;

    CaseAttachmentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(long caseId, long fileId, AttachmentKind kind, String fileName, long size, boolean fromPublic,
            Long by, OffsetDateTime now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into reconsideration_attachment (case_id, file_id, kind, file_name, size_bytes, from_public,"
                + " created_by, created_at) values (?,?,?,?,?,?,?,?)")
                .params(caseId, fileId, kind.name(), fileName, size, fromPublic, by, now).update(keys, "id");
        return keys.getKey().longValue();
    }

    public List<CaseAttachment> ofCase(long caseId) {
        return jdbc.sql("select * from reconsideration_attachment where case_id = ? order by id").param(caseId)
                .query(CaseAttachmentStore::map).list();
    }

    public Optional<CaseAttachment> find(long id) {
        return jdbc.sql("select * from reconsideration_attachment where id = ?").param(id).query(CaseAttachmentStore::map)
                .optional();
    }

    private static CaseAttachment map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new CaseAttachment(rs.getLong("id"), rs.getLong("case_id"), rs.getLong("file_id"),
                AttachmentKind.valueOf(rs.getString("kind")), rs.getBoolean("from_public"),
                rs.getString("file_name"), rs.getLong("size_bytes"),
                rs.getObject("created_at", java.time.OffsetDateTime.class).toInstant());
    }
}
