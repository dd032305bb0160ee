package org.fazhi.deadlines.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fazhi.deadlines.DeadlineFigures;
import org.fazhi.deadlines.DeadlineStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The figures of the register, read from the {@code deadline} table. */
@Service
@Transactional(readOnly = true)
class DeadlineFiguresStore implements DeadlineFigures {

    private static final String COLUMNS = "select id, module, subject_title, label, rule_id, owner_unit_id, due_date,"
            + " status, met_on, late, link from deadline";

    private final JdbcClient jdbc;
    private final Clock clock;

    DeadlineFiguresStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public List<Item> dueIn(Set<Long> unitIds, int year) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        return jdbc.sql(COLUMNS + " where owner_unit_id in (:units) and due_date between :from and :to"
                + " and status <> 'CANCELLED' order by due_date, id")
                .param("units", unitIds).param("from", LocalDate.of(year, 1, 1)).param("to", LocalDate.of(year, 12, 31))
                .query((rs, n) -> item(rs, today)).list();
    }

    @Override
    public List<OverdueCount> overdueByModuleAndUnit(Set<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        Map<List<Object>, Long> counts = new HashMap<>();
        jdbc.sql(COLUMNS + " where owner_unit_id in (:units) and status in ('OPEN','PAUSED','EXTENDED','OVERDUE')"
                + " and due_date < :today").param("units", unitIds).param("today", today)
                .query((rs, n) -> item(rs, today)).list()
                .forEach(i -> counts.merge(java.util.Arrays.asList(i.module(), i.ownerUnitId()), 1L, Long::sum));
        List<OverdueCount> list = new ArrayList<>();
        counts.forEach((k, v) -> list.add(new OverdueCount((String) k.get(0), (Long) k.get(1), v)));
        list.sort(Comparator.comparingLong(OverdueCount::count).reversed().thenComparing(OverdueCount::module)
                .thenComparing(c -> c.ownerUnitId() == null ? 0L : c.ownerUnitId()));
        return list;
    }

    @Override
    public List<Item> needingAttention(Set<Long> unitIds, LocalDate until) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        return jdbc.sql(COLUMNS + " where owner_unit_id in (:units) and status in ('OPEN','PAUSED','EXTENDED','OVERDUE')"
                + " and due_date <= :until order by due_date, id")
                .param("units", unitIds).param("until", until).query((rs, n) -> item(rs, today)).list();
    }

    private static Item item(ResultSet rs, LocalDate today) throws SQLException {
        DeadlineStatus status = DeadlineStatus.valueOf(rs.getString("status"));
        LocalDate due = rs.getObject("due_date", LocalDate.class);
        long unit = rs.getLong("owner_unit_id");
        Long owner = rs.wasNull() ? null : unit;
        boolean overdue = status.isActive() && due.isBefore(today);
        return new Item(rs.getLong("id"), rs.getString("module"), rs.getString("subject_title"), rs.getString("label"),
                rs.getString("rule_id"), owner, due, status, rs.getObject("met_on", LocalDate.class),
                rs.getBoolean("late"), overdue, rs.getString("link"));
    }
}
