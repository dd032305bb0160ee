package org.fazhi.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The hand-written side of the indicator benchmark: one SQL statement computing, for a unit subtree and a
 * year, the numerator and denominator of the active system's metrics that it covers, as the modules'
 * MetricSource implementations define them (the unit subtree by the unit's path, "today" as
 * {@code current_date}). Covered: {@code deadlines.met-on-time} (deadlines of the units due in the year and
 * not cancelled; of those met or overdue today, the ones met on time) and {@code disclosure.received}-style
 * plain counts are not in the system; the other metrics of the system need the modules' procedure logic
 * (review gates, meeting records) and are compared only through the application.
 */
final class ProvinceFigures {

    private ProvinceFigures() {
    }

    /** The statement: one row, two columns per covered metric (numerator, denominator). */
    static final String SQL = """
            with units as (select id from unit where path like (select path from unit where id = ?) || '%'),
            d as (select status, late, due_date from deadline where owner_unit_id in (select id from units)
                  and due_date between ? and ? and status <> 'CANCELLED')
            select
              (select count(*) from d where status = 'MET' and not late) as met_on_time_num,
              (select count(*) from d where status = 'MET'
                 or status in ('OPEN', 'PAUSED', 'EXTENDED', 'OVERDUE') and due_date < current_date) as met_on_time_den
            """;

    static Map<String, long[]> of(Connection db, long unitId, int year) throws SQLException {
        Map<String, long[]> out = new LinkedHashMap<>();
        try (PreparedStatement ps = db.prepareStatement(SQL)) {
            ps.setLong(1, unitId);
            ps.setObject(2, LocalDate.of(year, 1, 1));
            ps.setObject(3, LocalDate.of(year, 12, 31));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                out.put("deadlines.met-on-time", new long[] {rs.getLong(1), rs.getLong(2)});
            }
        }
        return out;
    }
}
