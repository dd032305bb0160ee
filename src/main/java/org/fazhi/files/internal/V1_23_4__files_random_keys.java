package org.fazhi.files.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * files: every stored file gets a random key for its URLs (SECURITY.md AC-04: file ids in URLs are
 * not guessable; the row id was sequential). A Java migration, because each existing row needs a key
 * from a strong random source, the same on H2 and PostgreSQL. Registered with Flyway as a bean.
 */
@Component
public class V1_23_4__files_random_keys extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        var connection = context.getConnection();
        try (Statement s = connection.createStatement()) {
            s.execute("alter table stored_file add column file_key varchar(32)");
        }
        List<Long> ids = new ArrayList<>();
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("select id from stored_file where file_key is null")) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        try (PreparedStatement p = connection.prepareStatement("update stored_file set file_key = ? where id = ?")) {
            for (long id : ids) {
                p.setString(1, FileKeys.next());
                p.setLong(2, id);
                p.addBatch();
            }
            p.executeBatch();
        }
        try (Statement s = connection.createStatement()) {
            s.execute("alter table stored_file alter column file_key set not null");
            s.execute("create unique index ux_stored_file_key on stored_file (file_key)");
        }
    }
}
