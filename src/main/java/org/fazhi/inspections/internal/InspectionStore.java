package org.fazhi.inspections.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.fazhi.inspections.InspectionItem;
import org.fazhi.inspections.InspectionObject;
import org.fazhi.inspections.InspectionPlan;
import org.fazhi.inspections.InspectionTask;
import org.fazhi.inspections.PlanStatus;
import org.fazhi.inspections.RandomDraw;
import org.fazhi.inspections.TaskResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The inspection_item, inspection_object, inspection_plan (reads), inspection_pool_entry and inspection_task tables. */
@Repository
public class InspectionStore {

    /** The two pools of a plan. */
    public static final String OBJECTS = "OBJECT";
    public static final String INSPECTORS = "INSPECTOR";

    private final JdbcClient jdbc;
    private final Clock clock;

    InspectionStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    // ----- items -----

    public long insertItem(long unitId, String code, String name, String basis, String objectType, BigDecimal ratio,
            int frequency, String method) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into inspection_item (unit_id, code, name, basis, object_type, ratio_percent, frequency,"
                + " method, active, created_at) values (?,?,?,?,?,?,?,?,true,?)")
                .params(unitId, code, name, basis, objectType, ratio, frequency, method, OffsetDateTime.now(clock))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public Optional<InspectionItem> item(long id) {
        return jdbc.sql("select * from inspection_item where id = ?").param(id).query(InspectionStore::item).optional();
    }

    public Optional<InspectionItem> item(long unitId, String code) {
        return jdbc.sql("select * from inspection_item where unit_id = ? and code = ?").params(unitId, code)
                .query(InspectionStore::item).optional();
    }

    public List<InspectionItem> items(Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from inspection_item where unit_id in (:units) order by unit_id, code")
                .param("units", unitIds).query(InspectionStore::item).list();
    }

    public List<InspectionItem> activeItems() {
        return jdbc.sql("select * from inspection_item where active = true order by unit_id, code")
                .query(InspectionStore::item).list();
    }

    static InspectionItem item(ResultSet rs, int n) throws SQLException {
        return new InspectionItem(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("code"), rs.getString("name"),
                rs.getString("basis"), rs.getString("object_type"), rs.getBigDecimal("ratio_percent"),
                rs.getInt("frequency"), rs.getString("method"), rs.getBoolean("active"));
    }

    // ----- objects -----

    public long insertObject(long unitId, String type, String name, String creditCode, String address) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into inspection_object (unit_id, object_type, name, credit_code, address, active, created_at)"
                + " values (?,?,?,?,?,true,?)").params(unitId, type, name, creditCode, address,
                        OffsetDateTime.now(clock)).update(keys, "id");
        return keys.getKey().longValue();
    }

    public Optional<InspectionObject> object(long id) {
        return jdbc.sql("select * from inspection_object where id = ?").param(id).query(InspectionStore::object)
                .optional();
    }

    public Optional<InspectionObject> object(long unitId, String creditCode) {
        return jdbc.sql("select * from inspection_object where unit_id = ? and credit_code = ?")
                .params(unitId, creditCode).query(InspectionStore::object).optional();
    }

    public List<InspectionObject> objects(Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from inspection_object where unit_id in (:units) order by unit_id, object_type, name")
                .param("units", unitIds).query(InspectionStore::object).list();
    }

    /** The active objects of a type of one unit: the pool a plan draws from. */
    public List<InspectionObject> roster(long unitId, String objectType) {
        return jdbc.sql("select * from inspection_object where unit_id = ? and object_type = ? and active = true"
                + " order by id").params(unitId, objectType).query(InspectionStore::object).list();
    }

    public void setObjectActive(long id, boolean active) {
        jdbc.sql("update inspection_object set active = ? where id = ?").params(active, id).update();
    }

    static InspectionObject object(ResultSet rs, int n) throws SQLException {
        return new InspectionObject(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("object_type"),
                rs.getString("name"), rs.getString("credit_code"), rs.getString("address"), rs.getBoolean("active"));
    }

    // ----- plans -----

    public Optional<InspectionPlan> plan(long id) {
        return jdbc.sql("select * from inspection_plan where id = ?").param(id).query(InspectionStore::plan).optional();
    }

    public Optional<InspectionPlan> lockPlan(long id) {
        return jdbc.sql("select * from inspection_plan where id = ? for update").param(id).query(InspectionStore::plan)
                .optional();
    }

    public List<InspectionPlan> plans(Collection<Long> unitIds, Integer year) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from inspection_plan where unit_id in (:units)"
                + (year == null ? "" : " and year_no = :year") + " order by starts_on desc, id desc")
                .param("units", unitIds).params(year == null ? java.util.Map.of() : java.util.Map.of("year", year))
                .query(InspectionStore::plan).list();
    }

    /** Drawn and published plans, for the portal. */
    public List<InspectionPlan> drawn() {
        return jdbc.sql("select * from inspection_plan where status in ('DRAWN', 'PUBLISHED')"
                + " order by drawn_on desc, id desc").query(InspectionStore::plan).list();
    }

    static InspectionPlan plan(ResultSet rs, int n) throws SQLException {
        int count = rs.getInt("object_count");
        Integer objectCount = rs.wasNull() ? null : count;
        return new InspectionPlan(rs.getLong("id"), rs.getLong("unit_id"), rs.getLong("agency_id"),
                rs.getLong("item_id"), rs.getString("title"), rs.getInt("year_no"),
                rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class), objectCount,
                PlanStatus.valueOf(rs.getString("status")), rs.getString("algorithm"), rs.getString("seed"),
                rs.getString("object_pool_digest"), rs.getString("inspector_pool_digest"),
                rs.getString("result_digest"), rs.getObject("drawn_on", LocalDate.class),
                rs.getObject("published_on", LocalDate.class), rs.getInt("lock_version"));
    }

    // ----- pools and tasks -----

    public void insertPool(long planId, String pool, List<RandomDraw.Entry> entries) {
        int seq = 0;
        for (RandomDraw.Entry e : RandomDraw.canonical(entries)) {
            jdbc.sql("insert into inspection_pool_entry (plan_id, pool, seq_no, ref_id, label) values (?,?,?,?,?)")
                    .params(planId, pool, ++seq, e.id(), e.label()).update();
        }
    }

    public List<RandomDraw.Entry> poolOf(long planId, String pool) {
        return jdbc.sql("select ref_id, label from inspection_pool_entry where plan_id = ? and pool = ? order by seq_no")
                .params(planId, pool).query((rs, n) -> new RandomDraw.Entry(rs.getLong("ref_id"), rs.getString("label")))
                .list();
    }

    public void insertTask(long planId, RandomDraw.Task t) {
        jdbc.sql("insert into inspection_task (plan_id, seq_no, object_id, inspector_a, inspector_b) values (?,?,?,?,?)")
                .params(planId, t.seqNo(), t.objectId(), t.inspectorA(), t.inspectorB()).update();
    }

    public void result(long taskId, TaskResult result, String finding, LocalDate on) {
        jdbc.sql("update inspection_task set result = ?, finding = ?, inspected_on = ? where id = ?")
                .params(result.name(), finding, on, taskId).update();
    }

    /** The tasks of a plan with the names of the object and the inspectors as the pools recorded them. */
    public List<InspectionTask> tasks(long planId) {
        return jdbc.sql("select t.*, o.label as object_label, a.label as a_label, b.label as b_label"
                + " from inspection_task t"
                + " join inspection_pool_entry o on o.plan_id = t.plan_id and o.pool = 'OBJECT' and o.ref_id = t.object_id"
                + " join inspection_pool_entry a on a.plan_id = t.plan_id and a.pool = 'INSPECTOR' and a.ref_id = t.inspector_a"
                + " join inspection_pool_entry b on b.plan_id = t.plan_id and b.pool = 'INSPECTOR' and b.ref_id = t.inspector_b"
                + " where t.plan_id = ? order by t.seq_no").param(planId)
                .query((rs, n) -> new InspectionTask(rs.getLong("id"), rs.getLong("plan_id"), rs.getInt("seq_no"),
                        rs.getLong("object_id"), rs.getString("object_label"), rs.getLong("inspector_a"),
                        rs.getString("a_label"), rs.getLong("inspector_b"), rs.getString("b_label"),
                        rs.getString("result") == null ? null : TaskResult.valueOf(rs.getString("result")),
                        rs.getString("finding"), rs.getObject("inspected_on", LocalDate.class)))
                .list();
    }

    /** Tasks done (with a result) in a year, by the plans' units. */
    public List<InspectionTask> tasksOfPlans(Collection<Long> planIds) {
        if (planIds.isEmpty()) {
            return List.of();
        }
        return planIds.stream().flatMap(id -> tasks(id).stream()).toList();
    }
}
