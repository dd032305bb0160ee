package org.fazhi.reconsideration.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.fazhi.reconsideration.ReconsiderationBody;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The reconsideration_body table. */
@Repository
public class BodyStore {

    private final JdbcClient jdbc;

    BodyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(long unitId, long handlingUnitId, String name, OffsetDateTime now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into reconsideration_body (unit_id, handling_unit_id, name, active, created_at)"
                + " values (?,?,?,true,?)").params(unitId, handlingUnitId, name, now).update(keys, "id");
        return keys.getKey().longValue();
    }

    public Optional<ReconsiderationBody> find(long id) {
        return jdbc.sql("select * from reconsideration_body where id = ?").param(id).query(BodyStore::map).optional();
    }

    public Optional<ReconsiderationBody> findByName(String name) {
        return jdbc.sql("select * from reconsideration_body where name = ?").param(name).query(BodyStore::map)
                .optional();
    }

    public List<ReconsiderationBody> all() {
        return jdbc.sql("select * from reconsideration_body order by id").query(BodyStore::map).list();
    }

    public void setActive(long id, boolean active) {
        jdbc.sql("update reconsideration_body set active = ? where id = ?").params(active, id).update();
    }

    static ReconsiderationBody map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new ReconsiderationBody(rs.getLong("id"), rs.getLong("unit_id"), rs.getLong("handling_unit_id"),
                rs.getString("name"), rs.getBoolean("active"));
    }
}
