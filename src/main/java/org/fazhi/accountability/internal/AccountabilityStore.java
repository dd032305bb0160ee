package org.fazhi.accountability.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.fazhi.accountability.AccountabilityCase;
import org.fazhi.accountability.AccountabilityStatus;
import org.fazhi.accountability.FaultKind;
import org.fazhi.accountability.Measure;
import org.fazhi.shared.privacy.FieldCipher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads of the accountability_case table. */
@Repository
public class AccountabilityStore {

    /** The name of the person held accountable is stored encrypted (SECURITY.md DC-02). */
    public static final String PERSON_NAME = "accountability_case.person_name";

    private final JdbcClient jdbc;
    private final FieldCipher cipher;

    AccountabilityStore(JdbcClient jdbc, FieldCipher cipher) {
        this.cipher = cipher;
        this.jdbc = jdbc;
    }

    public Optional<AccountabilityCase> find(long id) {
        return jdbc.sql("select * from accountability_case where id = ?").param(id).query(this::map)
                .optional();
    }

    public List<AccountabilityCase> of(Collection<Long> units) {
        if (units.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from accountability_case where unit_id in (:units) order by opened_on desc, id desc")
                .param("units", units).query(this::map).list();
    }

    /** Records opened in the period, or concluded in it when {@code concluded}. */
    public List<AccountabilityCase> between(Collection<Long> units, LocalDate from, LocalDate to, boolean concluded) {
        if (units.isEmpty()) {
            return List.of();
        }
        String column = concluded ? "concluded_on" : "opened_on";
        return jdbc.sql("select * from accountability_case where unit_id in (:units) and " + column
                + " between :from and :to order by " + column + ", id").param("units", units).param("from", from)
                .param("to", to).query(this::map).list();
    }

    /** The records linked to a source, for the source's own page. */
    public List<AccountabilityCase> ofSource(String sourceType, long sourceId) {
        return jdbc.sql("select * from accountability_case where source_type = ? and source_id = ? order by id")
                .params(sourceType, sourceId).query(this::map).list();
    }

    AccountabilityCase map(ResultSet rs, int n) throws SQLException {
        String measures = rs.getString("measures");
        long deadline = rs.getLong("deadline_id");
        Long deadlineId = rs.wasNull() ? null : deadline;
        return new AccountabilityCase(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("source_type"),
                rs.getLong("source_id"), rs.getString("source_title"), rs.getString("source_link"),
                FaultKind.valueOf(rs.getString("fault")), cipher.decrypt(PERSON_NAME, rs.getString("person_name")), rs.getString("person_post"),
                rs.getObject("opened_on", LocalDate.class), rs.getString("facts"),
                AccountabilityStatus.valueOf(rs.getString("status")), rs.getBoolean("extended"),
                rs.getString("extension_reason"), rs.getObject("concluded_on", LocalDate.class),
                rs.getString("decision_no"), measures == null || measures.isEmpty() ? List.of()
                        : Arrays.stream(measures.split(",")).map(Measure::valueOf).toList(),
                rs.getString("conclusion"), deadlineId, rs.getInt("lock_version"));
    }
}
