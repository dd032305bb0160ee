package org.fazhi.shared.privacy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Encrypts the personal data already stored (SECURITY.md DC-02): staff mobiles and second-factor
 * secrets, the names and contacts of public commenters, with {@link FieldCipher} under the active
 * key. A Java migration because the key lives outside the database; registered with Flyway as a
 * bean. The columns are named here as they are at this version, whatever is added later; the
 * comments are in {@code public_comment} on a new database and in {@code participation_comment} on
 * one where the later rename ran first (Flyway applies a band's migration out of order there), so
 * this migration widens and encrypts whichever exists. A value is bound
 * to its column's name as the stores read it ({@code participation_comment.contact}), not to the
 * table's name of the moment.
 */
@Component
public class V1_23_6__encrypt_personal_data extends BaseJavaMigration {

    static List<EncryptedColumn> columns(String comments) {
        return List.of(new EncryptedColumn("app_user", "id", "phone"), new EncryptedColumn("app_user", "id", "totp_secret"),
                new EncryptedColumn(comments, "id", "commenter_name"), new EncryptedColumn(comments, "id", "contact"));
    }

    /**
     * The public comments' table: public_comment on a new database, participation_comment once renamed.
     * Looked up in the schema being migrated only: another schema of the same database may hold the
     * other name.
     */
    static String commentTable(Connection connection) throws java.sql.SQLException {
        for (String name : List.of("participation_comment", "public_comment")) {
            for (String candidate : List.of(name, name.toUpperCase())) {
                try (ResultSet rs = connection.getMetaData().getTables(null, connection.getSchema(), candidate, new String[] {"TABLE"})) {
                    if (rs.next()) {
                        return name;
                    }
                }
            }
        }
        throw new IllegalStateException("neither public_comment nor participation_comment exists");
    }

    private final FieldCipher cipher;

    V1_23_6__encrypt_personal_data(FieldCipher cipher) {
        this.cipher = cipher;
    }

    /** The name a value is bound to: the table's name as the stores know it. */
    static String bound(EncryptedColumn c) {
        return c.table().equals("public_comment") ? "participation_comment." + c.column() : c.qualified();
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        String comments = commentTable(connection);
        try (java.sql.Statement s = connection.createStatement()) {
            s.execute("alter table " + comments + " alter column commenter_name set data type varchar(512)");
            s.execute("alter table " + comments + " alter column contact set data type varchar(512)");
        }
        for (EncryptedColumn c : columns(comments)) {
            List<Object[]> rows = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("select " + c.idColumn() + ", " + c.column()
                    + " from " + c.table() + " where " + c.column() + " is not null and " + c.column() + " not like ?")) {
                select.setString(1, FieldCipher.PREFIX + "%");
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new Object[] {rs.getLong(1), rs.getString(2)});
                    }
                }
            }
            try (PreparedStatement update = connection.prepareStatement("update " + c.table() + " set " + c.column()
                    + " = ? where " + c.idColumn() + " = ?")) {
                for (Object[] row : rows) {
                    update.setString(1, cipher.encrypt(bound(c), (String) row[1]));
                    update.setLong(2, (Long) row[0]);
                    update.addBatch();
                }
                update.executeBatch();
            }
        }
    }
}
