package org.fazhi.deadlines.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.fazhi.deadlines.DeadlineStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The {@code deadline} and {@code deadline_pause} tables. */
@Repository
class DeadlineStore {

    private static final List<String> ACTIVE = List.of("OPEN", "PAUSED", "EXTENDED", "OVERDUE");

    private final JdbcClient jdbc;
    private final Clock clock;

    DeadlineStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    long insert(DeadlineRow d) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into deadline (module, subject_type, subject_id, subject_title, link, label, rule_id, term,"
                + " start_date, due_date, fixed_due, status, owner_unit_id, assignee_user_id, provisional, extended,"
                + " extension_reason, met_on, late, cancel_reason, due_soon_notified, overdue_notified, created_at,"
                + " updated_at) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
                .params(d.module(), d.subjectType(), d.subjectId(), d.subjectTitle(), d.link(), d.label(), d.ruleId(),
                        d.term(),
                        d.startDate(), d.dueDate(), d.fixedDue(), d.status().name(), d.ownerUnitId(),
                        d.assigneeUserId(), d.provisional(), d.extended(), d.extensionReason(), d.metOn(), d.late(),
                        d.cancelReason(), d.dueSoonNotified(), d.overdueNotified(), now(), now())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Rows per statement of {@link #insertAll} (24 parameters a row). */
    static final int ROWS_PER_INSERT = 400;

    /** Inserts many rows with a few multi-row statements; returns their ids in the given order. */
    List<Long> insertAll(List<DeadlineRow> rows) {
        List<Long> ids = new ArrayList<>(rows.size());
        OffsetDateTime now = now();
        for (int from = 0; from < rows.size(); from += ROWS_PER_INSERT) {
            List<DeadlineRow> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_INSERT));
            StringBuilder sql = new StringBuilder("insert into deadline (module, subject_type, subject_id,"
                    + " subject_title, link, label, rule_id, term, start_date, due_date, fixed_due, status, owner_unit_id,"
                    + " assignee_user_id, provisional, extended, extension_reason, met_on, late, cancel_reason,"
                    + " due_soon_notified, overdue_notified, created_at, updated_at) values ");
            List<Object> params = new ArrayList<>(chunk.size() * 24);
            for (int i = 0; i < chunk.size(); i++) {
                DeadlineRow d = chunk.get(i);
                sql.append(i == 0 ? "" : ",").append("(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
                params.addAll(java.util.Arrays.asList(d.module(), d.subjectType(), d.subjectId(), d.subjectTitle(),
                        d.link(), d.label(), d.ruleId(), d.term(), d.startDate(), d.dueDate(), d.fixedDue(),
                        d.status().name(), d.ownerUnitId(), d.assigneeUserId(), d.provisional(), d.extended(),
                        d.extensionReason(), d.metOn(), d.late(), d.cancelReason(), d.dueSoonNotified(),
                        d.overdueNotified(), now, now));
            }
            var keys = new GeneratedKeyHolder();
            jdbc.sql(sql.toString()).params(params).update(keys, "id");
            List<Long> chunkIds = keys.getKeyList().stream()
                    .map(k -> ((Number) k.values().iterator().next()).longValue()).toList();
            if (chunkIds.size() != chunk.size()) {
                throw new IllegalStateException("deadlines inserted: " + chunk.size() + ", keys: " + chunkIds.size());
            }
            ids.addAll(chunkIds);
        }
        return ids;
    }

    void update(DeadlineRow d) {
        jdbc.sql("update deadline set due_date = ?, status = ?, provisional = ?, extended = ?, extension_reason = ?,"
                + " met_on = ?, late = ?, cancel_reason = ?, due_soon_notified = ?, overdue_notified = ?,"
                + " updated_at = ? where id = ?")
                .params(d.dueDate(), d.status().name(), d.provisional(), d.extended(), d.extensionReason(),
                        d.metOn(), d.late(), d.cancelReason(), d.dueSoonNotified(), d.overdueNotified(), now(), d.id())
                .update();
    }

    Optional<DeadlineRow> find(long id) {
        return jdbc.sql("select * from deadline where id = ?").param(id).query(this::row).optional();
    }

    /** The row, locked for the rest of the transaction so that two changes do not cross. */
    Optional<DeadlineRow> lock(long id) {
        return jdbc.sql("select * from deadline where id = ? for update").param(id).query(this::row).optional();
    }

    List<DeadlineRow> forSubject(String module, String subjectType, String subjectId) {
        return jdbc.sql("select * from deadline where module = ? and subject_type = ? and subject_id = ? order by id")
                .params(module, subjectType, subjectId).query(this::row).list();
    }

    List<DeadlinePause> pauses(long deadlineId) {
        return jdbc.sql("select * from deadline_pause where deadline_id = ? order by from_date, id").param(deadlineId)
                .query(this::pause).list();
    }

    Map<Long, List<DeadlinePause>> pauses(Collection<Long> deadlineIds) {
        if (deadlineIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select * from deadline_pause where deadline_id in (:ids) order by from_date, id")
                .param("ids", deadlineIds).query(this::pause).list().stream()
                .collect(Collectors.groupingBy(DeadlinePause::deadlineId, HashMap::new, Collectors.toList()));
    }

    void insertPause(long deadlineId, LocalDate from, String reason) {
        jdbc.sql("insert into deadline_pause (deadline_id, from_date, to_date, reason, created_at) values (?,?,?,?,?)")
                .params(deadlineId, from, null, reason, now()).update();
    }

    void closePause(long pauseId, LocalDate to) {
        jdbc.sql("update deadline_pause set to_date = ? where id = ?").params(to, pauseId).update();
    }

    void deletePause(long pauseId) {
        jdbc.sql("delete from deadline_pause where id = ?").param(pauseId).update();
    }

    /** Active, computed (not fixed) deadlines after {@code afterId} whose period may touch [from, to]. */
    List<DeadlineRow> activeComputed(long afterId, int limit, LocalDate dueOnOrAfter, LocalDate startOnOrBefore,
            String ruleId, LocalDate startOnOrAfter) {
        return jdbc.sql("select * from deadline where id > :after and status in (:active) and fixed_due = false"
                + " and (cast(:dueFrom as date) is null or due_date >= :dueFrom)"
                + " and (cast(:startTo as date) is null or start_date <= :startTo)"
                + " and (cast(:rule as varchar) is null or rule_id = :rule)"
                + " and (cast(:startFrom as date) is null or start_date >= :startFrom)"
                + " order by id limit :limit")
                .param("after", afterId).param("active", ACTIVE).param("dueFrom", dueOnOrAfter)
                .param("startTo", startOnOrBefore).param("rule", ruleId).param("startFrom", startOnOrAfter)
                .param("limit", limit).query(this::row).list();
    }

    /** Running (not paused) deadlines past due whose overdue reminder is not sent yet. */
    List<DeadlineRow> newlyOverdue(LocalDate today) {
        return jdbc.sql("select * from deadline where status in ('OPEN','EXTENDED','OVERDUE') and due_date < ?"
                + " and overdue_notified = false order by due_date, id").param(today).query(this::row).list();
    }

    /** Running deadlines due between the two dates whose due-soon reminder is not sent yet. */
    List<DeadlineRow> dueBetween(LocalDate from, LocalDate to) {
        return jdbc.sql("select * from deadline where status in ('OPEN','EXTENDED') and due_date between ? and ?"
                + " and due_soon_notified = false order by due_date, id").params(from, to).query(this::row).list();
    }

    List<DeadlineRow> page(BoardFilter f, int limit, long offset) {
        if (f.unitIds().isEmpty()) {
            return List.of();
        }
        Where w = where(f);
        return w.bind(jdbc.sql("select * from deadline where " + w.sql
                + " order by case when status = 'OVERDUE' then 0 else 1 end, due_date, id limit :limit offset :offset"))
                .param("limit", limit).param("offset", offset).query(this::row).list();
    }

    long count(BoardFilter f) {
        if (f.unitIds().isEmpty()) {
            return 0;
        }
        Where w = where(f);
        return w.bind(jdbc.sql("select count(*) from deadline where " + w.sql)).query(Long.class).single();
    }

    /** Per owner unit: how many deadlines match, how many of them are overdue. */
    List<long[]> countsByUnit(BoardFilter f) {
        if (f.unitIds().isEmpty()) {
            return List.of();
        }
        Where w = where(f);
        return w.bind(jdbc.sql("select owner_unit_id, count(*), sum(case when status = 'OVERDUE' then 1 else 0 end)"
                + " from deadline where " + w.sql + " group by owner_unit_id"))
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)}).list();
    }

    List<String> modules(Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select distinct module from deadline where owner_unit_id in (:units) order by module")
                .param("units", unitIds).query(String.class).list();
    }

    private record Where(String sql, Map<String, Object> params) {
        JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec) {
            JdbcClient.StatementSpec s = spec;
            for (var e : params.entrySet()) {
                s = s.param(e.getKey(), e.getValue());
            }
            return s;
        }
    }

    private static Where where(BoardFilter f) {
        List<String> parts = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        parts.add("owner_unit_id in (:units)");
        params.put("units", f.unitIds());
        if (f.status() != null) {
            parts.add("status = :status");
            params.put("status", f.status().name());
        } else if (!f.allStatuses()) {
            parts.add("status in (:statuses)");
            params.put("statuses", ACTIVE);
        }
        if (f.module() != null) {
            parts.add("module = :module");
            params.put("module", f.module());
        }
        if (f.dueFrom() != null) {
            parts.add("due_date >= :dueFrom");
            params.put("dueFrom", f.dueFrom());
        }
        if (f.dueTo() != null) {
            parts.add("due_date <= :dueTo");
            params.put("dueTo", f.dueTo());
        }
        return new Where(String.join(" and ", parts), params);
    }

    private DeadlineRow row(ResultSet rs, int n) throws SQLException {
        return new DeadlineRow(rs.getLong("id"), rs.getString("module"), rs.getString("subject_type"),
                rs.getString("subject_id"), rs.getString("subject_title"), rs.getString("link"),
                rs.getString("label"), rs.getString("rule_id"), rs.getString("term"), rs.getObject("start_date", LocalDate.class),
                rs.getObject("due_date", LocalDate.class), rs.getBoolean("fixed_due"),
                DeadlineStatus.valueOf(rs.getString("status")), rs.getObject("owner_unit_id", Long.class),
                rs.getObject("assignee_user_id", Long.class), rs.getBoolean("provisional"),
                rs.getBoolean("extended"), rs.getString("extension_reason"), rs.getObject("met_on", LocalDate.class),
                rs.getBoolean("late"), rs.getString("cancel_reason"), rs.getBoolean("due_soon_notified"),
                rs.getBoolean("overdue_notified"), instant(rs, "created_at"), instant(rs, "updated_at"));
    }

    private DeadlinePause pause(ResultSet rs, int n) throws SQLException {
        return new DeadlinePause(rs.getLong("id"), rs.getLong("deadline_id"), rs.getObject("from_date", LocalDate.class),
                rs.getObject("to_date", LocalDate.class), rs.getString("reason"));
    }

    private static Instant instant(ResultSet rs, String col) throws SQLException {
        OffsetDateTime t = rs.getObject(col, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
