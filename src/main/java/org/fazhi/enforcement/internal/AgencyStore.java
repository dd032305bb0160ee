package org.fazhi.enforcement.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.fazhi.enforcement.Agency;
import org.fazhi.enforcement.LegalStanding;
import org.fazhi.shared.StaleVersionException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The enforcement_agency table. */
@Repository
public class AgencyStore {

    private final JdbcClient jdbc;
    private final Clock clock;

    AgencyStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public long insert(long unitId, String name, LegalStanding standing, String entrustedBy, String legalBasis,
            String establishment, String procedureText, String remedies, String casePrefix) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into enforcement_agency (unit_id, name, standing, entrusted_by, legal_basis, establishment,"
                + " procedure_text, remedies, case_prefix, active, created_at, updated_at, lock_version)"
                + " values (?,?,?,?,?,?,?,?,?,true,?,?,0)")
                .params(unitId, name, standing.name(), entrustedBy, legalBasis, establishment, procedureText, remedies,
                        casePrefix, now, now)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Saves the editable fields; refused as stale when the row moved past {@code version}. */
    public void update(long id, int version, String name, LegalStanding standing, String entrustedBy,
            String legalBasis, String establishment, String procedureText, String remedies, boolean active) {
        int n = jdbc.sql("update enforcement_agency set name = ?, standing = ?, entrusted_by = ?, legal_basis = ?,"
                + " establishment = ?, procedure_text = ?, remedies = ?, active = ?, updated_at = ?,"
                + " lock_version = lock_version + 1 where id = ? and lock_version = ?")
                .params(name, standing.name(), entrustedBy, legalBasis, establishment, procedureText, remedies, active,
                        OffsetDateTime.now(clock), id, version)
                .update();
        if (n == 0) {
            throw new StaleVersionException(Agency.SUBJECT.name(), id);
        }
    }

    public Optional<Agency> find(long id) {
        return jdbc.sql("select * from enforcement_agency where id = ?").param(id).query(AgencyStore::map).optional();
    }

    public Optional<Agency> findByUnit(long unitId) {
        return jdbc.sql("select * from enforcement_agency where unit_id = ?").param(unitId).query(AgencyStore::map)
                .optional();
    }

    public Optional<Agency> findByPrefix(String prefix) {
        return jdbc.sql("select * from enforcement_agency where case_prefix = ?").param(prefix)
                .query(AgencyStore::map).optional();
    }

    public List<Agency> ofUnits(Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from enforcement_agency where unit_id in (:units) order by active desc, name")
                .param("units", unitIds).query(AgencyStore::map).list();
    }

    public List<Agency> active() {
        return jdbc.sql("select * from enforcement_agency where active = true order by name").query(AgencyStore::map)
                .list();
    }

    public List<Agency> all() {
        return jdbc.sql("select * from enforcement_agency order by name").query(AgencyStore::map).list();
    }

    static Agency map(ResultSet rs, int n) throws SQLException {
        return new Agency(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("name"),
                LegalStanding.valueOf(rs.getString("standing")), rs.getString("entrusted_by"),
                rs.getString("legal_basis"), rs.getString("establishment"), rs.getString("procedure_text"),
                rs.getString("remedies"), rs.getString("case_prefix"), rs.getBoolean("active"),
                rs.getInt("lock_version"));
    }
}
