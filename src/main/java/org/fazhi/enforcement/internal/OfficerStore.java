package org.fazhi.enforcement.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.fazhi.enforcement.Officer;
import org.fazhi.enforcement.OfficerExam;
import org.fazhi.enforcement.OfficerKind;
import org.fazhi.enforcement.OfficerStatus;
import org.fazhi.shared.StaleVersionException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The enforcement_officer and officer_exam tables. */
@Repository
public class OfficerStore {

    /** A list filter: the agencies in scope, optionally one agency, one kind, a name or number. */
    public record Filter(Collection<Long> agencyIds, Long agencyId, OfficerKind kind, String q) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    OfficerStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public long insert(long agencyId, Long userId, String name, OfficerKind kind, String field) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into enforcement_officer (agency_id, user_id, name, kind, field, status, created_at,"
                + " updated_at, lock_version) values (?,?,?,?,?,?,?,?,0)")
                .params(agencyId, userId, name, kind.name(), field, OfficerStatus.ACTIVE.name(), now, now)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public void certificate(long id, int version, String number, String authority, LocalDate issuedOn,
            LocalDate expiresOn) {
        int n = jdbc.sql("update enforcement_officer set certificate_no = ?, issuing_authority = ?, issued_on = ?,"
                + " expires_on = ?, status = ?, status_reason = null, status_changed_on = null, updated_at = ?,"
                + " lock_version = lock_version + 1 where id = ? and lock_version = ?")
                .params(number, authority, issuedOn, expiresOn, OfficerStatus.ACTIVE.name(), OffsetDateTime.now(clock),
                        id, version)
                .update();
        stale(n, id);
    }

    public void status(long id, int version, OfficerStatus status, String reason, LocalDate on) {
        int n = jdbc.sql("update enforcement_officer set status = ?, status_reason = ?, status_changed_on = ?,"
                + " updated_at = ?, lock_version = lock_version + 1 where id = ? and lock_version = ?")
                .params(status.name(), reason, on, OffsetDateTime.now(clock), id, version).update();
        stale(n, id);
    }

    private static void stale(int updated, long id) {
        if (updated == 0) {
            throw new StaleVersionException(Officer.SUBJECT.name(), id);
        }
    }

    public Optional<Officer> find(long id) {
        return jdbc.sql("select * from enforcement_officer where id = ?").param(id).query(OfficerStore::map)
                .optional();
    }

    public List<Officer> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from enforcement_officer where id in (:ids) order by id").param("ids", ids)
                .query(OfficerStore::map).list();
    }

    public Optional<Officer> byCertificate(String number) {
        return jdbc.sql("select * from enforcement_officer where certificate_no = ?").param(number)
                .query(OfficerStore::map).optional();
    }

    /** Certified people of an agency with this exact name (the public look-up by name and agency). */
    public List<Officer> byName(String name, long agencyId) {
        return jdbc.sql("select * from enforcement_officer where name = ? and agency_id = ?"
                + " and certificate_no is not null order by certificate_no").params(name, agencyId)
                .query(OfficerStore::map).list();
    }

    public List<Officer> ofAgency(long agencyId) {
        return jdbc.sql("select * from enforcement_officer where agency_id = ? order by kind, name, id")
                .param(agencyId).query(OfficerStore::map).list();
    }

    public List<Officer> list(Filter f, int limit, long offset) {
        Where w = where(f);
        if (w == null) {
            return List.of();
        }
        return jdbc.sql("select * from enforcement_officer" + w.sql + " order by agency_id, kind, name, id"
                + " limit :limit offset :offset").params(w.params).param("limit", limit).param("offset", offset)
                .query(OfficerStore::map).list();
    }

    public long count(Filter f) {
        Where w = where(f);
        return w == null ? 0 : jdbc.sql("select count(*) from enforcement_officer" + w.sql).params(w.params)
                .query(Long.class).single();
    }

    private record Where(String sql, java.util.Map<String, Object> params) {
    }

    private static Where where(Filter f) {
        if (f.agencyIds().isEmpty()) {
            return null;
        }
        java.util.Map<String, Object> p = new java.util.HashMap<>();
        StringBuilder sql = new StringBuilder(" where agency_id in (:agencies)");
        p.put("agencies", f.agencyIds());
        if (f.agencyId() != null) {
            sql.append(" and agency_id = :agency");
            p.put("agency", f.agencyId());
        }
        if (f.kind() != null) {
            sql.append(" and kind = :kind");
            p.put("kind", f.kind().name());
        }
        if (f.q() != null && !f.q().isBlank()) {
            sql.append(" and (name like :q or certificate_no like :q)");
            p.put("q", "%" + f.q().strip().replace("%", "").replace("_", "") + "%");
        }
        return new Where(sql.toString(), p);
    }

    // ----- exams -----

    public long insertExam(long officerId, String name, LocalDate takenOn, BigDecimal score, BigDecimal passMark) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into officer_exam (officer_id, exam_name, taken_on, score, pass_mark, passed, created_at)"
                + " values (?,?,?,?,?,?,?)")
                .params(officerId, name, takenOn, score, passMark, score.compareTo(passMark) >= 0,
                        OffsetDateTime.now(clock))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public List<OfficerExam> exams(long officerId) {
        return jdbc.sql("select * from officer_exam where officer_id = ? order by taken_on, id").param(officerId)
                .query((rs, n) -> new OfficerExam(rs.getLong("id"), rs.getLong("officer_id"), rs.getString("exam_name"),
                        Rows.date(rs, "taken_on"), rs.getBigDecimal("score"), rs.getBigDecimal("pass_mark"),
                        rs.getBoolean("passed")))
                .list();
    }

    /** Exams taken in a year by officers of these agencies: (officer id, passed). */
    public List<OfficerExam> examsIn(Collection<Long> agencyIds, LocalDate from, LocalDate to) {
        if (agencyIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select e.* from officer_exam e join enforcement_officer o on o.id = e.officer_id"
                + " where o.agency_id in (:agencies) and e.taken_on between :from and :to order by e.taken_on, e.id")
                .param("agencies", agencyIds).param("from", from).param("to", to)
                .query((rs, n) -> new OfficerExam(rs.getLong("id"), rs.getLong("officer_id"), rs.getString("exam_name"),
                        Rows.date(rs, "taken_on"), rs.getBigDecimal("score"), rs.getBigDecimal("pass_mark"),
                        rs.getBoolean("passed")))
                .list();
    }

    static Officer map(ResultSet rs, int n) throws SQLException {
        return new Officer(rs.getLong("id"), rs.getLong("agency_id"), Rows.longOrNull(rs, "user_id"),
                rs.getString("name"), OfficerKind.valueOf(rs.getString("kind")), rs.getString("field"),
                rs.getString("certificate_no"), rs.getString("issuing_authority"), Rows.date(rs, "issued_on"),
                Rows.date(rs, "expires_on"), OfficerStatus.valueOf(rs.getString("status")),
                rs.getString("status_reason"), Rows.date(rs, "status_changed_on"), rs.getInt("lock_version"));
    }
}
