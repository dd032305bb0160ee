package org.fazhi.normdocs.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.fazhi.normdocs.PlanItem;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The drafting_plan_item table. */
@Repository
public class PlanStore {

    private final JdbcClient jdbc;
    private final Clock clock;

    PlanStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public long insert(long unitId, int year, String title, long issuingBodyId, long draftingUnitId, Integer quarter,
            String basis) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into drafting_plan_item (unit_id, year_no, title, issuing_body_id, drafting_unit_id,"
                + " planned_quarter, basis, created_at, updated_at) values (?,?,?,?,?,?,?,?,?)")
                .params(unitId, year, title, issuingBodyId, draftingUnitId, quarter, basis, now, now)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public void update(long id, long unitId, int year, String title, long issuingBodyId, long draftingUnitId,
            Integer quarter, String basis) {
        jdbc.sql("update drafting_plan_item set unit_id = ?, year_no = ?, title = ?, issuing_body_id = ?,"
                + " drafting_unit_id = ?, planned_quarter = ?, basis = ?, updated_at = ? where id = ?")
                .params(unitId, year, title, issuingBodyId, draftingUnitId, quarter, basis, OffsetDateTime.now(clock),
                        id)
                .update();
    }

    public void delete(long id) {
        jdbc.sql("delete from drafting_plan_item where id = ?").param(id).update();
    }

    public Optional<PlanItem> find(long id) {
        return jdbc.sql("select * from drafting_plan_item where id = ?").param(id).query(PlanStore::map).optional();
    }

    /** Items of a year planned by, or to be drafted by, the given units. */
    public List<PlanItem> ofYear(Collection<Long> unitIds, int year) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from drafting_plan_item where (unit_id in (:units) or drafting_unit_id in (:units))"
                + " and year_no = :year order by coalesce(planned_quarter, 9), title, id")
                .param("units", unitIds).param("year", year).query(PlanStore::map).list();
    }

    public List<Integer> years(Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select distinct year_no from drafting_plan_item where unit_id in (:units)"
                + " or drafting_unit_id in (:units) order by year_no desc").param("units", unitIds)
                .query(Integer.class).list();
    }

    static PlanItem map(ResultSet rs, int n) throws SQLException {
        return new PlanItem(rs.getLong("id"), rs.getLong("unit_id"), rs.getInt("year_no"), rs.getString("title"),
                rs.getLong("issuing_body_id"), rs.getLong("drafting_unit_id"),
                rs.getObject("planned_quarter", Integer.class), rs.getString("basis"));
    }
}
