package org.fazhi.disclosure.internal;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The cells of a report entered by staff, and the lists of reports. */
@Component
public class ReportStore {

    /** An entered cell: its value and the source the staff gave. */
    public record Entered(BigDecimal amount, String source) {
    }

    private final JdbcClient jdbc;

    ReportStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Map<String, Entered> cells(long reportId) {
        Map<String, Entered> out = new LinkedHashMap<>();
        jdbc.sql("select cell_key, amount, source from disclosure_report_cell where report_id = ? order by cell_key")
                .param(reportId).query((rs, n) -> out.put(rs.getString("cell_key"),
                        new Entered(rs.getBigDecimal("amount"), rs.getString("source")))).list();
        return out;
    }

    public void enter(long reportId, String key, BigDecimal amount, String source, Long by, OffsetDateTime now) {
        int updated = jdbc.sql("update disclosure_report_cell set amount = ?, source = ?, entered_by = ?, entered_at = ?"
                + " where report_id = ? and cell_key = ?").param(amount).param(source).param(by).param(now)
                .param(reportId).param(key).update();
        if (updated == 0) {
            jdbc.sql("insert into disclosure_report_cell (report_id, cell_key, amount, source, entered_by, entered_at)"
                    + " values (?, ?, ?, ?, ?, ?)").param(reportId).param(key).param(amount).param(source).param(by)
                    .param(now).update();
        }
    }

    public List<Long> reportIds(Collection<Long> units, Integer year) {
        if (units.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select id from disclosure_report where unit_id in (:units)"
                + (year == null ? "" : " and year_no = :year") + " order by year_no desc, unit_id")
                .param("units", units).params(year == null ? Map.of() : Map.of("year", year)).query(Long.class).list();
    }

    public List<Long> publishedIds() {
        return jdbc.sql("select id from disclosure_report where status = 'PUBLISHED' order by year_no desc, unit_id")
                .query(Long.class).list();
    }
}
