package org.fazhi.enforcement.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.fazhi.enforcement.ActionKind;
import org.fazhi.enforcement.StatisticsFigure;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The statistics_report and statistics_figure tables. */
@Repository
public class StatisticsStore {

    /** The duty of an agency for a year, with its deadline and, once published, the day. */
    public record Report(long id, long agencyId, int year, Long deadlineId, LocalDate publishedOn) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    StatisticsStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public long insert(long agencyId, int year) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into statistics_report (agency_id, year_no, created_at) values (?,?,?)")
                .params(agencyId, year, OffsetDateTime.now(clock)).update(keys, "id");
        return keys.getKey().longValue();
    }

    public void tracked(long id, long deadlineId) {
        jdbc.sql("update statistics_report set deadline_id = ? where id = ?").params(deadlineId, id).update();
    }

    public void published(long id, LocalDate on, List<StatisticsFigure> figures) {
        jdbc.sql("update statistics_report set published_on = ? where id = ?").params(on, id).update();
        for (StatisticsFigure f : figures) {
            jdbc.sql("insert into statistics_figure (report_id, kind, measure, amount) values (?,?,?,?)")
                    .params(id, f.kind() == null ? "ALL" : f.kind().name(), f.measure(), f.amount()).update();
        }
    }

    public Optional<Report> find(long agencyId, int year) {
        return jdbc.sql("select * from statistics_report where agency_id = ? and year_no = ?").params(agencyId, year)
                .query(StatisticsStore::report).optional();
    }

    public Optional<Report> find(long id) {
        return jdbc.sql("select * from statistics_report where id = ?").param(id).query(StatisticsStore::report)
                .optional();
    }

    public List<Report> ofAgencies(Collection<Long> agencyIds) {
        if (agencyIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from statistics_report where agency_id in (:agencies) order by year_no desc,"
                + " agency_id").param("agencies", agencyIds).query(StatisticsStore::report).list();
    }

    public List<Report> published() {
        return jdbc.sql("select * from statistics_report where published_on is not null order by year_no desc,"
                + " agency_id").query(StatisticsStore::report).list();
    }

    public List<StatisticsFigure> figures(long reportId) {
        return jdbc.sql("select * from statistics_figure where report_id = ? order by kind, measure").param(reportId)
                .query((rs, n) -> new StatisticsFigure("ALL".equals(rs.getString("kind")) ? null
                        : ActionKind.valueOf(rs.getString("kind")), rs.getString("measure"),
                        rs.getBigDecimal("amount")))
                .list();
    }

    static Report report(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Report(rs.getLong("id"), rs.getLong("agency_id"), rs.getInt("year_no"),
                Rows.longOrNull(rs, "deadline_id"), Rows.date(rs, "published_on"));
    }
}
