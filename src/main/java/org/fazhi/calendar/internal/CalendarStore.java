package org.fazhi.calendar.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fazhi.calendar.DayKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code calendar_year}, {@code calendar_day} and {@code calendar_revision} tables. */
@Repository
class CalendarStore {

    private final JdbcClient jdbc;
    private final Clock clock;

    CalendarStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    long revision() {
        return jdbc.sql("select revision from calendar_revision where id = 1").query(Long.class).single();
    }

    void bumpRevision() {
        jdbc.sql("update calendar_revision set revision = revision + 1 where id = 1").update();
    }

    CalendarBook load() {
        long revision = revision();
        Map<LocalDate, ExceptionalDay> days = new HashMap<>();
        jdbc.sql("select * from calendar_day").query(this::mapDay).list().forEach(d -> days.put(d.date(), d));
        List<Integer> years = jdbc.sql("select year_no from calendar_year where status = 'OFFICIAL'")
                .query(Integer.class).list();
        return new CalendarBook(revision, days, years);
    }

    List<CalendarYear> years() {
        return jdbc.sql("select * from calendar_year order by year_no").query(this::mapYear).list();
    }

    Optional<CalendarYear> year(int year) {
        return jdbc.sql("select * from calendar_year where year_no = ?").param(year).query(this::mapYear).optional();
    }

    /** Rows dated in {@code year}, by date. */
    List<ExceptionalDay> daysIn(int year) {
        return jdbc.sql("select * from calendar_day where day_date between ? and ? order by day_date")
                .params(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).query(this::mapDay).list();
    }

    /** Rows listed by the notice of {@code year} (may include late December of the year before). */
    List<ExceptionalDay> daysOfNotice(int year) {
        return jdbc.sql("select * from calendar_day where notice_year = ? order by day_date").param(year)
                .query(this::mapDay).list();
    }

    Optional<ExceptionalDay> day(LocalDate date) {
        return jdbc.sql("select * from calendar_day where day_date = ?").param(date).query(this::mapDay).optional();
    }

    boolean exists(LocalDate date) {
        return jdbc.sql("select count(*) from calendar_day where day_date = ?").param(date).query(Long.class)
                .single() > 0;
    }

    void insertDay(ExceptionalDay d, String by) {
        jdbc.sql("insert into calendar_day (day_date, kind, name, notice_year, note, updated_by, updated_at)"
                + " values (?,?,?,?,?,?,?)")
                .params(d.date(), d.kind().name(), d.name(), d.noticeYear(), d.note(), by, now()).update();
    }

    void updateDay(ExceptionalDay d, String by) {
        jdbc.sql("update calendar_day set kind = ?, name = ?, notice_year = ?, note = ?, updated_by = ?, updated_at = ?"
                + " where day_date = ?")
                .params(d.kind().name(), d.name(), d.noticeYear(), d.note(), by, now(), d.date()).update();
    }

    void deleteDay(LocalDate date) {
        jdbc.sql("delete from calendar_day where day_date = ?").param(date).update();
    }

    int deleteNotice(int year) {
        return jdbc.sql("delete from calendar_day where notice_year = ?").param(year).update();
    }

    void insertYear(CalendarYear y) {
        jdbc.sql("insert into calendar_year (year_no, status, source, entered_by, entered_at) values (?,?,?,?,?)")
                .params(y.year(), y.status(), y.source(), y.enteredBy(), ts(y.enteredAt())).update();
    }

    void updateYear(CalendarYear y) {
        jdbc.sql("update calendar_year set status = ?, source = ?, entered_by = ?, entered_at = ? where year_no = ?")
                .params(y.status(), y.source(), y.enteredBy(), ts(y.enteredAt()), y.year()).update();
    }

    void deleteYear(int year) {
        jdbc.sql("delete from calendar_year where year_no = ?").param(year).update();
    }

    Instant instant() {
        return clock.instant();
    }

    private OffsetDateTime now() {
        return ts(clock.instant());
    }

    private ExceptionalDay mapDay(ResultSet rs, int n) throws SQLException {
        return new ExceptionalDay(rs.getObject("day_date", LocalDate.class), DayKind.valueOf(rs.getString("kind")),
                rs.getString("name"), rs.getInt("notice_year"), rs.getString("note"));
    }

    private CalendarYear mapYear(ResultSet rs, int n) throws SQLException {
        OffsetDateTime at = rs.getObject("entered_at", OffsetDateTime.class);
        return new CalendarYear(rs.getInt("year_no"), rs.getString("status"), rs.getString("source"),
                rs.getString("entered_by"), at == null ? null : at.toInstant());
    }

    private static OffsetDateTime ts(Instant i) {
        return i == null ? null : OffsetDateTime.ofInstant(i, ZoneOffset.UTC);
    }
}
