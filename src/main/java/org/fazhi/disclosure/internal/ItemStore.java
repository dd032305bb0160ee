package org.fazhi.disclosure.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.fazhi.disclosure.ProactiveCategory;
import org.fazhi.disclosure.ProactiveChange;
import org.fazhi.disclosure.ProactiveItem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** The register of proactive disclosure items (GI-05): registered, then published once, with a version. */
@Component
public class ItemStore {

    private final JdbcClient jdbc;

    ItemStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(long unitId, String title, ProactiveCategory category, ProactiveChange change, LocalDate formedOn,
            LocalDate dueOn, String source, String sourceRef, Long by, OffsetDateTime now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into disclosure_item (unit_id, title, category, change_kind, formed_on, due_on, source,"
                + " source_ref, created_by, created_at, updated_at) values (?,?,?,?,?,?,?,?,?,?,?)")
                .params(unitId, title, category.name(), change.name(), formedOn, dueOn, source, sourceRef, by, now, now)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public void deadline(long id, long deadlineId) {
        jdbc.sql("update disclosure_item set deadline_id = ? where id = ?").params(deadlineId, id).update();
    }

    /** Records the publication if the version is still {@code version}; false when someone changed it meanwhile. */
    public boolean published(long id, int version, LocalDate on, String link, OffsetDateTime now) {
        return jdbc.sql("update disclosure_item set published_on = ?, location = ?, updated_at = ?,"
                + " lock_version = lock_version + 1 where id = ? and lock_version = ?")
                .params(on, link, now, id, version).update() == 1;
    }

    public Optional<ProactiveItem> find(long id) {
        return jdbc.sql("select * from disclosure_item where id = ?").param(id).query(ItemStore::map).optional();
    }

    public boolean sourced(String source, String sourceRef) {
        return jdbc.sql("select count(*) from disclosure_item where source = ? and source_ref = ?")
                .params(source, sourceRef).query(Long.class).single() > 0;
    }

    public List<ProactiveItem> ofUnits(Collection<Long> units, int limit) {
        if (units.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from disclosure_item where unit_id in (:units)"
                + " order by (published_on is null) desc, formed_on desc, id desc limit :limit")
                .param("units", units).param("limit", limit).query(ItemStore::map).list();
    }

    /** Items whose GI-05 limit falls in the period, or published in it. */
    public List<ProactiveItem> dueOrPublishedBetween(Collection<Long> units, LocalDate from, LocalDate to) {
        if (units.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from disclosure_item where unit_id in (:units) and ((due_on between :from and :to)"
                + " or (published_on between :from and :to)) order by formed_on, id").param("units", units)
                .param("from", from).param("to", to).query(ItemStore::map).list();
    }

    /** Published items, newest first, for the portal. */
    public List<ProactiveItem> published(int limit) {
        return jdbc.sql("select * from disclosure_item where published_on is not null and location is not null"
                + " order by published_on desc, id desc limit ?").param(limit).query(ItemStore::map).list();
    }

    private static ProactiveItem map(ResultSet rs, int n) throws SQLException {
        long deadline = rs.getLong("deadline_id");
        Long deadlineId = rs.wasNull() ? null : deadline;
        return new ProactiveItem(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("title"),
                ProactiveCategory.valueOf(rs.getString("category")), ProactiveChange.valueOf(rs.getString("change_kind")),
                rs.getObject("formed_on", LocalDate.class), rs.getObject("due_on", LocalDate.class),
                rs.getObject("published_on", LocalDate.class), rs.getString("location"), deadlineId,
                rs.getString("source"), rs.getInt("lock_version"));
    }
}
