package org.fazhi.indicators.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.fazhi.indicators.AnnualReport;
import org.fazhi.indicators.AnnualReport.Figure;
import org.fazhi.indicators.AnnualReport.Part;
import org.fazhi.indicators.ReportStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The tables {@code annual_report}, {@code annual_report_part} and {@code annual_report_figure}. */
@Repository
public class ReportStore {

    private static final String REPORT = "select id, unit_id, year_no, system_id, title, status, demonstration,"
            + " figures_as_of, submitted_on, published_on, lock_version from annual_report";

    private final JdbcClient jdbc;
    private final Clock clock;

    ReportStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    public long insert(long unitId, int year, long systemId, String title, boolean demonstration) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into annual_report (unit_id, year_no, system_id, title, status, demonstration, figures_as_of,"
                + " lock_version, created_at, updated_at) values (?,?,?,?,'DRAFT',?,?,0,?,?)")
                .params(unitId, year, systemId, title, demonstration, now(), now(), now()).update(keys, "id");
        return keys.getKey().longValue();
    }

    public Optional<AnnualReport> find(long id) {
        return jdbc.sql(REPORT + " where id = ?").param(id).query(ReportStore::report).optional();
    }

    public Optional<AnnualReport> lock(long id) {
        return jdbc.sql(REPORT + " where id = ? for update").param(id).query(ReportStore::report).optional();
    }

    public Optional<AnnualReport> find(long unitId, int year) {
        return jdbc.sql(REPORT + " where unit_id = ? and year_no = ?").params(unitId, year).query(ReportStore::report)
                .optional();
    }

    public List<AnnualReport> of(java.util.Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(REPORT + " where unit_id in (:units) order by year_no desc, id desc").param("units", unitIds)
                .query(ReportStore::report).list();
    }

    public List<AnnualReport> published() {
        return jdbc.sql(REPORT + " where status = 'PUBLISHED' order by year_no desc, id desc")
                .query(ReportStore::report).list();
    }

    /** Bumps the version and sets the status and dates (a step or an edit). */
    public void update(long id, ReportStatus status, LocalDate submittedOn, LocalDate publishedOn, boolean refreshed) {
        jdbc.sql("update annual_report set status = ?, submitted_on = ?, published_on = ?, lock_version ="
                + " lock_version + 1, updated_at = ?" + (refreshed ? ", figures_as_of = ?" : "") + " where id = ?")
                .params(refreshed ? List.of(status.name(), nullable(submittedOn), nullable(publishedOn), now(), now(),
                        id) : List.of(status.name(), nullable(submittedOn), nullable(publishedOn), now(), id))
                .update();
    }

    private static Object nullable(LocalDate d) {
        return d == null ? new org.springframework.jdbc.core.SqlParameterValue(java.sql.Types.DATE, null) : d;
    }

    public long insertPart(long reportId, int section, int seq, String heading) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into annual_report_part (report_id, section_no, seq, heading, narrative) values (?,?,?,?,'')")
                .params(reportId, section, seq, heading).update(keys, "id");
        return keys.getKey().longValue();
    }

    public void narrative(long partId, String narrative) {
        jdbc.sql("update annual_report_part set narrative = ? where id = ?").params(narrative, partId).update();
    }

    /** The parts of a report in order, with their figures. */
    public List<Part> parts(long reportId) {
        List<Figure> figures = jdbc.sql("select id, part_id, indicator_id, metric_id, label, kind, numerator,"
                + " denominator, amount, target, met, previous_amount, changed from annual_report_figure"
                + " where report_id = ? order by id").param(reportId).query(ReportStore::figureRow).list().stream()
                .map(FigureRow::figure).toList();
        List<Long> partOfFigure = jdbc.sql("select part_id from annual_report_figure where report_id = ? order by id")
                .param(reportId).query(Long.class).list();
        List<Part> parts = new ArrayList<>();
        jdbc.sql("select id, section_no, seq, heading, narrative from annual_report_part where report_id = ?"
                + " order by section_no, seq").param(reportId).query((rs, n) -> {
                    long id = rs.getLong("id");
                    List<Figure> own = new ArrayList<>();
                    for (int i = 0; i < figures.size(); i++) {
                        if (partOfFigure.get(i) == id) {
                            own.add(figures.get(i));
                        }
                    }
                    return new Part(id, rs.getInt("section_no"), rs.getInt("seq"), rs.getString("heading"),
                            rs.getString("narrative"), own);
                }).list().forEach(parts::add);
        return parts;
    }

    public void insertFigure(long reportId, long partId, long indicatorId, String metricId, String label, String kind,
            long numerator, long denominator, BigDecimal value, BigDecimal target, Boolean met) {
        jdbc.sql("insert into annual_report_figure (report_id, part_id, indicator_id, metric_id, label, kind, numerator,"
                + " denominator, amount, target, met, changed) values (?,?,?,?,?,?,?,?,?,?,?,false)")
                .params(reportId, partId, indicatorId, metricId, label, kind, numerator, denominator, value, target, met)
                .update();
    }

    public void refreshFigure(long figureId, long numerator, long denominator, BigDecimal value, BigDecimal target,
            Boolean met, BigDecimal previous, boolean changed) {
        jdbc.sql("update annual_report_figure set numerator = ?, denominator = ?, amount = ?, target = ?, met = ?,"
                + " previous_amount = ?, changed = ? where id = ?")
                .params(numerator, denominator, value, target, met, previous, changed, figureId).update();
    }

    private record FigureRow(Figure figure) {
    }

    private static FigureRow figureRow(ResultSet rs, int n) throws SQLException {
        boolean met = rs.getBoolean("met");
        Boolean m = rs.wasNull() ? null : met;
        return new FigureRow(new Figure(rs.getLong("id"), rs.getLong("indicator_id"), rs.getString("metric_id"),
                rs.getString("label"), rs.getString("kind"), rs.getLong("numerator"), rs.getLong("denominator"),
                rs.getBigDecimal("amount"), rs.getBigDecimal("target"), m, rs.getBigDecimal("previous_amount"),
                rs.getBoolean("changed")));
    }

    private static AnnualReport report(ResultSet rs, int n) throws SQLException {
        return new AnnualReport(rs.getLong("id"), rs.getLong("unit_id"), rs.getInt("year_no"), rs.getLong("system_id"),
                rs.getString("title"), ReportStatus.valueOf(rs.getString("status")), rs.getBoolean("demonstration"),
                rs.getObject("figures_as_of", OffsetDateTime.class).toInstant(),
                rs.getObject("submitted_on", LocalDate.class), rs.getObject("published_on", LocalDate.class),
                rs.getInt("lock_version"));
    }
}
