package org.fazhi.disclosure.internal;

import java.time.OffsetDateTime;
import java.util.List;
import org.fazhi.disclosure.AttachmentKind;
import org.fazhi.disclosure.RequestAttachment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** The files of requests (appended, never changed). */
@Component
public class AttachmentStore {

    private final JdbcClient jdbc;

    AttachmentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(long requestId, long fileId, AttachmentKind kind, String name, long size, OffsetDateTime at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into disclosure_attachment (request_id, file_id, kind, file_name, file_size, created_at)"
                + " values (?, ?, ?, ?, ?, ?)").params(requestId, fileId, kind.name(), name, size, at)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public List<RequestAttachment> of(long requestId) {
        return jdbc.sql("select * from disclosure_attachment where request_id = ? order by id").param(requestId)
                .query((rs, n) -> new RequestAttachment(rs.getLong("id"), rs.getLong("request_id"),
                        rs.getLong("file_id"), AttachmentKind.valueOf(rs.getString("kind")),
                        rs.getString("file_name"), rs.getLong("file_size"),
                        rs.getObject("created_at", OffsetDateTime.class)))
                .list();
    }

    /** The requests holding a file. */
    public List<Long> requestsHolding(long fileId) {
        return jdbc.sql("select distinct request_id from disclosure_attachment where file_id = ?").param(fileId)
                .query(Long.class).list();
    }
}
