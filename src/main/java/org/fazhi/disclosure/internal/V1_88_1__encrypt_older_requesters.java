package org.fazhi.disclosure.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.fazhi.shared.privacy.EncryptedColumn;
import org.fazhi.shared.privacy.FieldCipher;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Encrypts the requester's identity and contact of the disclosure requests written before they were
 * stored encrypted (SECURITY.md DC-02): any value of the four columns still in clear is sealed with
 * {@link FieldCipher} under the active key, bound to its column; values already encrypted are left as
 * they are. The columns are named here as they are at this version (the module declares them as
 * {@link EncryptedColumn} beans for the rotation). A Java migration because the key lives outside the
 * database; registered with Flyway as a bean.
 */
@Component
public class V1_88_1__encrypt_older_requesters extends BaseJavaMigration {

    static final List<EncryptedColumn> COLUMNS = List.of(
            new EncryptedColumn("disclosure_request", "id", "requester_name"),
            new EncryptedColumn("disclosure_request", "id", "requester_id_no"),
            new EncryptedColumn("disclosure_request", "id", "requester_contact"),
            new EncryptedColumn("disclosure_request", "id", "requester_address"));

    private final FieldCipher cipher;

    V1_88_1__encrypt_older_requesters(FieldCipher cipher) {
        this.cipher = cipher;
    }

    @Override
    public void migrate(Context context) throws Exception {
        encryptPlainValues(context.getConnection());
    }

    /** Seals every value still in clear; answers how many were. */
    int encryptPlainValues(Connection connection) throws java.sql.SQLException {
        int sealed = 0;
        for (EncryptedColumn c : COLUMNS) {
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
            if (rows.isEmpty()) {
                continue;
            }
            try (PreparedStatement update = connection.prepareStatement("update " + c.table() + " set " + c.column()
                    + " = ? where " + c.idColumn() + " = ? and " + c.column() + " = ?")) {
                for (Object[] row : rows) {
                    update.setString(1, cipher.encrypt(c.qualified(), (String) row[1]));
                    update.setLong(2, (Long) row[0]);
                    update.setString(3, (String) row[1]);
                    update.addBatch();
                }
                for (int n : update.executeBatch()) {
                    sealed += Math.max(n, 0);
                }
            }
        }
        return sealed;
    }
}
