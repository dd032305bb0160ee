package org.fazhi.litigation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.fazhi.litigation.Appellant;
import org.fazhi.litigation.FilingBasis;
import org.fazhi.litigation.JudgmentKind;
import org.fazhi.litigation.JudgmentOutcome;
import org.fazhi.litigation.LitigationCase;
import org.fazhi.litigation.LitigationStatus;
import org.fazhi.litigation.PlaintiffType;
import org.fazhi.litigation.Stage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads of the litigation_case table. */
@Repository
public class LitigationStore {

    /** A list's filters; null fields do not filter. */
    public record Filter(Collection<Long> unitIds, Stage stage, LitigationStatus status, Integer year, String q) {
    }

    private final JdbcClient jdbc;

    LitigationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<LitigationCase> find(long id) {
        return jdbc.sql("select * from litigation_case where id = ?").param(id).query(LitigationStore::map).optional();
    }

    public Optional<LitigationCase> lock(long id) {
        return jdbc.sql("select * from litigation_case where id = ? for update").param(id).query(LitigationStore::map)
                .optional();
    }

    public boolean numberTaken(String court, String caseNo) {
        return jdbc.sql("select count(*) from litigation_case where court = ? and case_no = ?").params(court, caseNo)
                .query(Long.class).single() > 0;
    }

    public List<LitigationCase> list(Filter f, int limit, long offset) {
        if (f.unitIds().isEmpty()) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder("select * from litigation_case where unit_id in (:units)");
        List<Object[]> params = where(f, sql);
        JdbcClient.StatementSpec spec = jdbc.sql(sql + " order by filed_on desc, id desc limit :limit offset :offset");
        for (Object[] p : params) {
            spec = spec.param((String) p[0], p[1]);
        }
        return spec.param("limit", limit).param("offset", offset).query(LitigationStore::map).list();
    }

    public long count(Filter f) {
        if (f.unitIds().isEmpty()) {
            return 0;
        }
        StringBuilder sql = new StringBuilder("select count(*) from litigation_case where unit_id in (:units)");
        List<Object[]> params = where(f, sql);
        JdbcClient.StatementSpec spec = jdbc.sql(sql.toString());
        for (Object[] p : params) {
            spec = spec.param((String) p[0], p[1]);
        }
        return spec.query(Long.class).single();
    }

    /** The instances of the units with anything in [from, to]: filed, heard, judged, effective or fulfilled. */
    public List<LitigationCase> touching(Collection<Long> units, LocalDate from, LocalDate to) {
        if (units.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from litigation_case where unit_id in (:units) and filed_on <= :to"
                + " and (closed_on is null or closed_on >= :from) order by filed_on, id").param("units", units)
                .param("from", from).param("to", to).query(LitigationStore::map).list();
    }

    private static List<Object[]> where(Filter f, StringBuilder sql) {
        List<Object[]> params = new ArrayList<>();
        params.add(new Object[] {"units", f.unitIds()});
        if (f.stage() != null) {
            sql.append(" and stage = :stage");
            params.add(new Object[] {"stage", f.stage().name()});
        }
        if (f.status() != null) {
            sql.append(" and status = :status");
            params.add(new Object[] {"status", f.status().name()});
        }
        if (f.year() != null) {
            sql.append(" and filed_on between :from and :to");
            params.add(new Object[] {"from", LocalDate.of(f.year(), 1, 1)});
            params.add(new Object[] {"to", LocalDate.of(f.year(), 12, 31)});
        }
        if (f.q() != null && !f.q().isBlank()) {
            sql.append(" and (case_no like :q or cause like :q or court like :q)");
            params.add(new Object[] {"q", "%" + f.q().strip().replace("%", "").replace("_", "") + "%"});
        }
        return params;
    }

    static LitigationCase map(ResultSet rs, int n) throws SQLException {
        return new LitigationCase(rs.getLong("id"), rs.getLong("unit_id"), id(rs, "previous_case_id"),
                Stage.valueOf(rs.getString("stage")), LitigationStatus.valueOf(rs.getString("status")),
                rs.getString("court"), rs.getString("case_no"), rs.getString("cause"), rs.getString("plaintiff"),
                PlaintiffType.valueOf(rs.getString("plaintiff_type")), rs.getString("act_description"),
                FilingBasis.valueOf(rs.getString("filing_basis")), date(rs, "act_date"), date(rs, "knowledge_date"),
                rs.getBoolean("informed_of_period"), date(rs, "period_known_date"),
                date(rs, "reconsideration_received_on"), date(rs, "duty_requested_on"), rs.getBoolean("emergency"),
                rs.getBoolean("real_property"), date(rs, "filed_on"), date(rs, "complaint_received_on"),
                rs.getBoolean("major_interest"), rs.getBoolean("disclosure_subject"),
                new LitigationCase.FilingCheck(rs.getBoolean("window_ok"), date(rs, "window_date"), rs.getString("window_rule")),
                date(rs, "answer_submitted_on"), rs.getString("answer_summary"), id(rs, "answer_deadline_id"),
                new LitigationCase.Judgment(enumOf(JudgmentKind.class, rs.getString("judgment_kind")),
                        enumOf(JudgmentOutcome.class, rs.getString("outcome")), rs.getString("judgment_no"),
                        date(rs, "served_on"), (Boolean) rs.getObject("requires_performance", Boolean.class),
                        rs.getString("judgment_summary")),
                date(rs, "effective_on"), enumOf(Appellant.class, rs.getString("appellant")),
                date(rs, "appeal_filed_on"), date(rs, "performed_on"), rs.getString("performance_summary"),
                date(rs, "reported_on"), date(rs, "closed_on"), rs.getInt("lock_version"));
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    static Long id(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    static <E extends Enum<E>> E enumOf(Class<E> type, String value) {
        return value == null ? null : Enum.valueOf(type, value);
    }
}
