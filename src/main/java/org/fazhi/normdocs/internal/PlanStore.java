package org.fazhi.normdocs.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.fazhi.normdocs.DraftingPlanItem;
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

    public long insert(DraftingPlanItem i) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into drafting_plan_item (unit_id, year_no, title, issuing_body_id, drafting_unit_id,"
                + " planned_quarter, basis, created_at, updated_at) values (?,?,?,?,?,?,?,?,?)")
                .params(i.unitId(), i.year(), i.title(), i.issuingBodyId(), i.draftingUnitId(), i.plannedQuarter(),
                        i.basis(), now, now)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public Optional<DraftingPlanItem> find(long id) {
        return jdbc.sql("select * from drafting_plan_item where id = ?").param(id).query(PlanStore::map).optional();
    }

    /** Items of the plans of, or to be drafted by, the given units; one year or all. */
    public List<DraftingPlanItem> ofUnits(Collection<Long> unitIds, Integer year) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from drafting_plan_item where (unit_id in (:units) or drafting_unit_id in (:units))"
                + (year == null ? "" : " and year_no = :year") + " order by year_no desc, planned_quarter, id")
                .param("units", unitIds).param("year", year).query(PlanStore::map).list();
    }

    static DraftingPlanItem map(ResultSet rs, int n) throws SQLException {
        return new DraftingPlanItem(rs.getLong("id"), rs.getLong("unit_id"), rs.getInt("year_no"),
                rs.getString("title"), rs.getLong("issuing_body_id"), rs.getLong("drafting_unit_id"),
                rs.getObject("planned_quarter", Integer.class), rs.getString("basis"));
    }
}
