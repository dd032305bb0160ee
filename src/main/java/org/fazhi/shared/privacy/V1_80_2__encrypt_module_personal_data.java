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
 * Encrypts the natural persons' identifiers the business modules already store (SECURITY.md DC-02)
 * with {@link FieldCipher} under the active key: enforcement parties' identity numbers (with their blind
 * index), contacts and addresses; reconsideration applicants and agents; petitioners, mediation parties
 * and legal-aid applicants; the person named in an accountability case; hearing participants; a
 * 法律明白人's phone. The columns are named here as they are at this version (the modules declare them
 * as {@link EncryptedColumn} beans for the rotation). A Java migration because the key lives outside the
 * database; registered with Flyway as a bean.
 */
@Component
public class V1_80_2__encrypt_module_personal_data extends BaseJavaMigration {

    static final List<EncryptedColumn> COLUMNS = List.of(
            new EncryptedColumn("enforcement_case", "id", "party_id_no"),
            new EncryptedColumn("enforcement_case", "id", "party_contact"),
            new EncryptedColumn("enforcement_case", "id", "party_address"),
            new EncryptedColumn("reconsideration_case", "id", "applicant_name"),
            new EncryptedColumn("reconsideration_case", "id", "applicant_id_no"),
            new EncryptedColumn("reconsideration_case", "id", "applicant_phone"),
            new EncryptedColumn("reconsideration_case", "id", "applicant_address"),
            new EncryptedColumn("reconsideration_case", "id", "agent_name"),
            new EncryptedColumn("petition", "id", "petitioner_name"),
            new EncryptedColumn("petition", "id", "id_number"),
            new EncryptedColumn("petition", "id", "phone"),
            new EncryptedColumn("petition", "id", "address"),
            new EncryptedColumn("mediation_party", "id", "person_name"),
            new EncryptedColumn("mediation_party", "id", "id_number"),
            new EncryptedColumn("mediation_party", "id", "phone"),
            new EncryptedColumn("mediation_party", "id", "address"),
            new EncryptedColumn("legal_aid_case", "id", "applicant_name"),
            new EncryptedColumn("legal_aid_case", "id", "applicant_id_number"),
            new EncryptedColumn("legal_aid_case", "id", "applicant_phone"),
            new EncryptedColumn("mediator", "id", "phone"),
            new EncryptedColumn("village_adviser", "id", "phone"),
            new EncryptedColumn("accountability_case", "id", "person_name"),
            new EncryptedColumn("decision_hearing_participant", "id", "name"),
            new EncryptedColumn("legal_literate_person", "id", "phone"));

    /** The enforcement party's identity number also gets its blind index. */
    static final EncryptedColumn INDEXED = COLUMNS.get(0);
    static final String INDEX_COLUMN = "party_id_index";

    private final FieldCipher cipher;

    V1_80_2__encrypt_module_personal_data(FieldCipher cipher) {
        this.cipher = cipher;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        for (EncryptedColumn c : COLUMNS) {
            boolean indexed = c.equals(INDEXED);
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
                    + " = ?" + (indexed ? ", " + INDEX_COLUMN + " = ?" : "") + " where " + c.idColumn() + " = ?")) {
                for (Object[] row : rows) {
                    String plain = (String) row[1];
                    int i = 0;
                    update.setString(++i, cipher.encrypt(c.qualified(), plain));
                    if (indexed) {
                        update.setString(++i, EncryptedFields.indexValue(cipher, c.qualified(), plain, true));
                    }
                    update.setLong(++i, (Long) row[0]);
                    update.addBatch();
                }
                update.executeBatch();
            }
        }
    }
}
