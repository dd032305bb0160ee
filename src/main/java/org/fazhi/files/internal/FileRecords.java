package org.fazhi.files.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.fazhi.files.StoredFile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The {@code stored_file} table: one row per upload; many rows may share one blob. */
@Repository
class FileRecords {

    private static final String COLUMNS = "id, sha256, size_bytes, content_type, original_name, unit_id, uploaded_by,"
            + " uploaded_at, published, file_key, security_label";

    private final JdbcClient jdbc;

    FileRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    StoredFile insert(StoredFile f) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into stored_file (sha256, size_bytes, content_type, original_name, unit_id, uploaded_by,"
                + " uploaded_at, published, file_key) values (?,?,?,?,?,?,?,?,?)")
                .params(f.sha256(), f.size(), f.contentType(), f.originalName(), f.unitId(), f.uploadedBy(),
                        OffsetDateTime.ofInstant(f.uploadedAt(), ZoneOffset.UTC), f.published(), FileKeys.next())
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        return find(id).orElseThrow();
    }

    Optional<StoredFile> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from stored_file where id = ?").param(id).query(FileRecords::map)
                .optional();
    }

    Optional<StoredFile> findByKey(String key) {
        if (!FileKeys.wellFormed(key)) {
            return Optional.empty();
        }
        return jdbc.sql("select " + COLUMNS + " from stored_file where file_key = ?").param(key)
                .query(FileRecords::map).optional();
    }

    void setPublished(long id, boolean published, Instant at) {
        jdbc.sql("update stored_file set published = ?, published_at = ? where id = ?")
                .params(published, published ? OffsetDateTime.ofInstant(at, ZoneOffset.UTC) : null, id).update();
    }

    void setLabel(long id, org.fazhi.units.SecurityLevel label) {
        jdbc.sql("update stored_file set security_label = ? where id = ?").params(label.name(), id).update();
    }

    private static StoredFile map(ResultSet rs, int n) throws SQLException {
        return new StoredFile(rs.getLong("id"), rs.getString("sha256"), rs.getLong("size_bytes"),
                rs.getString("content_type"), rs.getString("original_name"), rs.getObject("unit_id", Long.class),
                rs.getObject("uploaded_by", Long.class), rs.getObject("uploaded_at", OffsetDateTime.class).toInstant(),
                rs.getBoolean("published"), rs.getString("file_key"),
                org.fazhi.units.SecurityLevel.valueOf(rs.getString("security_label")));
    }
}
