package org.fazhi.normdocs.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.fazhi.normdocs.IssuingBody;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The issuing_body and registering_office tables. */
@Repository
public class IssuingBodyStore {

    private final JdbcClient jdbc;
    private final Clock clock;

    IssuingBodyStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public long insert(long unitId, String name, String prefix, long registeringUnitId, LocalDate listedOn) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into issuing_body (unit_id, name, doc_number_prefix, registering_unit_id, active, listed_on,"
                + " created_at, updated_at) values (?,?,?,?,true,?,?,?)")
                .params(unitId, name, prefix, registeringUnitId, listedOn, now, now).update(keys, "id");
        return keys.getKey().longValue();
    }

    public void delist(long id, LocalDate on) {
        jdbc.sql("update issuing_body set active = false, delisted_on = ?, updated_at = ? where id = ?")
                .params(on, OffsetDateTime.now(clock), id).update();
    }

    public void relist(long id, LocalDate on) {
        jdbc.sql("update issuing_body set active = true, delisted_on = null, listed_on = ?, updated_at = ? where id = ?")
                .params(on, OffsetDateTime.now(clock), id).update();
    }

    public Optional<IssuingBody> find(long id) {
        return jdbc.sql("select * from issuing_body where id = ?").param(id).query(IssuingBodyStore::map).optional();
    }

    public Optional<IssuingBody> findByName(String name) {
        return jdbc.sql("select * from issuing_body where name = ?").param(name).query(IssuingBodyStore::map)
                .optional();
    }

    public List<IssuingBody> ofUnits(Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from issuing_body where unit_id in (:units) order by active desc, name")
                .param("units", unitIds).query(IssuingBodyStore::map).list();
    }

    public List<IssuingBody> all() {
        return jdbc.sql("select * from issuing_body order by name").query(IssuingBodyStore::map).list();
    }

    public void insertOffice(long unitId, String prefix) {
        jdbc.sql("insert into registering_office (unit_id, prefix, created_at) values (?,?,?)")
                .params(unitId, prefix, OffsetDateTime.now(clock)).update();
    }

    public Optional<String> officePrefix(long unitId) {
        return jdbc.sql("select prefix from registering_office where unit_id = ?").param(unitId).query(String.class)
                .optional();
    }

    public List<Long> offices() {
        return jdbc.sql("select unit_id from registering_office order by unit_id").query(Long.class).list();
    }

    static IssuingBody map(ResultSet rs, int n) throws SQLException {
        return new IssuingBody(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("name"),
                rs.getString("doc_number_prefix"), rs.getLong("registering_unit_id"), rs.getBoolean("active"),
                rs.getObject("listed_on", LocalDate.class), rs.getObject("delisted_on", LocalDate.class));
    }
}
