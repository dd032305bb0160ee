package org.fazhi.units.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.fazhi.units.Unit;
import org.fazhi.units.UnitKind;
import org.fazhi.units.UnitLevel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code unit} table. */
@Repository
public class UnitStore {

    private static final String COLUMNS = "id, parent_id, code, name, kind, unit_level, path, sort_order, active";

    private final JdbcClient jdbc;
    private final Clock clock;

    UnitStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Optional<Unit> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from unit where id = ?").param(id).query(UnitStore::map).optional();
    }

    public Optional<Unit> findByCode(String code) {
        return jdbc.sql("select " + COLUMNS + " from unit where code = ?").param(code).query(UnitStore::map).optional();
    }

    public List<Unit> subtree(String path) {
        return jdbc.sql("select " + COLUMNS + " from unit where path like ? order by path, sort_order")
                .param(path + "%").query(UnitStore::map).list();
    }

    public List<Long> subtreeIds(String path) {
        return jdbc.sql("select id from unit where path like ?").param(path + "%").query(Long.class).list();
    }

    public List<Unit> all() {
        return jdbc.sql("select " + COLUMNS + " from unit order by path").query(UnitStore::map).list();
    }

    public List<Unit> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from unit where id in (:ids) order by path").param("ids", ids)
                .query(UnitStore::map).list();
    }

    public List<Unit> children(long parentId) {
        return jdbc.sql("select " + COLUMNS + " from unit where parent_id = ? order by sort_order, name")
                .param(parentId).query(UnitStore::map).list();
    }

    public long count() {
        return jdbc.sql("select count(*) from unit").query(Long.class).single();
    }

    /** Inserts a unit under {@code parent} (null for a root) and returns it with its id and path. */
    public Unit insert(Unit parent, String code, String name, UnitKind kind, UnitLevel level, int sortOrder) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("insert into unit (parent_id, code, name, kind, unit_level, path, sort_order, active, created_at, updated_at)"
                + " values (?, ?, ?, ?, ?, '/', ?, true, ?, ?)")
                .params(parent == null ? null : parent.id(), code, name, kind.name(), level.name(), sortOrder, now, now)
                .update(keys, "id");
        long id = keys.getKey().longValue();
        String path = (parent == null ? "/" : parent.path()) + id + "/";
        jdbc.sql("update unit set path = ? where id = ?").params(path, id).update();
        return find(id).orElseThrow();
    }

    public void update(long id, String code, String name, UnitKind kind, UnitLevel level, int sortOrder, boolean active) {
        jdbc.sql("update unit set code = ?, name = ?, kind = ?, unit_level = ?, sort_order = ?, active = ?, updated_at = ?"
                + " where id = ?")
                .params(code, name, kind.name(), level.name(), sortOrder, active, OffsetDateTime.now(clock), id).update();
    }

    static Unit map(ResultSet rs, int row) throws SQLException {
        Long parent = rs.getObject("parent_id", Long.class);
        return new Unit(rs.getLong("id"), parent, rs.getString("code"), rs.getString("name"),
                UnitKind.valueOf(rs.getString("kind")), UnitLevel.valueOf(rs.getString("unit_level")),
                rs.getString("path"), rs.getInt("sort_order"), rs.getBoolean("active"));
    }
}
