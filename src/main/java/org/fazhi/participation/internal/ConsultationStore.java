package org.fazhi.participation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.fazhi.participation.Article;
import org.fazhi.participation.ConsultationKind;
import org.fazhi.participation.ConsultationStatus;
import org.fazhi.participation.ConsultationText;
import org.fazhi.participation.Disposition;
import org.fazhi.participation.OpeningRequest;
import org.fazhi.participation.PublicComment;
import org.fazhi.participation.PublicConsultation;
import org.fazhi.shared.SubjectRef;
import org.fazhi.shared.SubjectType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The participation_consultation and participation_comment tables. */
@Repository
public class ConsultationStore {

    private static final String COLUMNS = "id, kind, subject_module, subject_type, subject_id, unit_id, version_id,"
            + " version_no, title, organiser, opened_on, earliest_close, closes_on, closed_on, status, minimum_rule,"
            + " shortened_reason, withdrawn_reason, link";
    private static final String SELECT = "select " + COLUMNS + " from participation_consultation ";

    private final JdbcClient jdbc;
    private final Clock clock;

    ConsultationStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public long open(OpeningRequest r, LocalDate openedOn, LocalDate earliestClose, String minimumRule,
            String shortenedReason, Long by) {
        var keys = new GeneratedKeyHolder();
        SubjectRef s = r.subject();
        jdbc.sql("insert into participation_consultation (subject_module, subject_type, subject_id, kind, unit_id,"
                + " version_id, version_no, title, organiser, body, notes, text_sha256, opened_on, earliest_close,"
                + " closes_on, status, minimum_rule, shortened_reason, link, created_by, created_at)"
                + " values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,'OPEN',?,?,?,?,?)")
                .params(s.type().module(), s.type().name(), s.id(), r.kind().name(), r.unitId(), r.versionId(),
                        r.versionNo(), r.title(), r.organiser(), r.body(), r.notes(), r.sha256(), openedOn,
                        earliestClose, r.closesOn(), minimumRule, shortenedReason, r.link(), by,
                        OffsetDateTime.now(clock))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public void close(long id, LocalDate on) {
        jdbc.sql("update participation_consultation set status = 'CLOSED', closed_on = ? where id = ?").params(on, id)
                .update();
    }

    /** Takes the window off the public side; an open window closes today. */
    public void withdraw(long id, LocalDate on, String reason) {
        jdbc.sql("update participation_consultation set status = 'WITHDRAWN', withdrawn_reason = ?,"
                + " closed_on = coalesce(closed_on, ?) where id = ?").params(reason, on, id).update();
    }

    public Optional<PublicConsultation> find(long id) {
        return jdbc.sql(SELECT + "where id = ?").param(id).query(ConsultationStore::map).optional();
    }

    public Optional<ConsultationText> text(long id) {
        return jdbc.sql("select id, version_id, version_no, title, body, notes, text_sha256"
                + " from participation_consultation where id = ?").param(id)
                .query((rs, n) -> new ConsultationText(rs.getLong("id"), rs.getLong("version_id"),
                        rs.getInt("version_no"), rs.getString("title"), rs.getString("body"), rs.getString("notes"),
                        rs.getString("text_sha256"), Article.parse(rs.getString("body"))))
                .optional();
    }

    public List<PublicConsultation> ofSubject(SubjectRef s) {
        return jdbc.sql(SELECT + "where subject_module = ? and subject_type = ? and subject_id = ? order by id")
                .params(s.type().module(), s.type().name(), s.id()).query(ConsultationStore::map).list();
    }

    /** Open windows on records of {@code type} whose closing day has passed (the day after it). */
    public List<PublicConsultation> dueToClose(SubjectType type, LocalDate today) {
        return jdbc.sql(SELECT + "where status = 'OPEN' and subject_module = ? and subject_type = ? and closes_on < ?"
                + " order by id").params(type.module(), type.name(), today).query(ConsultationStore::map).list();
    }

    /** Every open window (for the portal), closing soonest first. */
    public List<PublicConsultation> allOpen() {
        return jdbc.sql(SELECT + "where status = 'OPEN' order by closes_on, id").query(ConsultationStore::map).list();
    }

    /** Closed windows, newest first (their dispositions are public). */
    public List<PublicConsultation> closed(int limit) {
        return jdbc.sql(SELECT + "where status = 'CLOSED' order by closed_on desc, id desc limit ?").param(limit)
                .query(ConsultationStore::map).list();
    }

    /** Windows of units in {@code units}, newest first, optionally of one status and kind. */
    public List<PublicConsultation> search(Collection<Long> units, ConsultationStatus status, ConsultationKind kind,
            int limit, long offset) {
        if (units.isEmpty()) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder(SELECT).append("where unit_id in (:units)");
        if (status != null) {
            sql.append(" and status = :status");
        }
        if (kind != null) {
            sql.append(" and kind = :kind");
        }
        sql.append(" order by opened_on desc, id desc limit :limit offset :offset");
        var q = jdbc.sql(sql.toString()).param("units", units).param("limit", limit).param("offset", offset);
        if (status != null) {
            q = q.param("status", status.name());
        }
        if (kind != null) {
            q = q.param("kind", kind.name());
        }
        return q.query(ConsultationStore::map).list();
    }

    public long addComment(long consultationId, long versionId, Integer articleNo, String receiptNo, String name,
            String contact, String organisation, String content, PublicComment.CommentSource source) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into participation_comment (consultation_id, version_id, article_no, receipt_no,"
                + " commenter_name, contact, organisation, content, source, submitted_at, withheld)"
                + " values (?,?,?,?,?,?,?,?,?,?,false)")
                .params(consultationId, versionId, articleNo, receiptNo, name, contact, organisation, content,
                        source.name(), OffsetDateTime.now(clock))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public void dispose(long commentId, Disposition disposition, String reason, Long by) {
        jdbc.sql("update participation_comment set disposition = ?, disposition_reason = ?, disposed_by = ?,"
                + " disposed_at = ? where id = ?")
                .params(disposition.name(), reason, by, OffsetDateTime.now(clock), commentId).update();
    }

    public void moderate(long commentId, boolean withheld, String reason, Long by) {
        jdbc.sql("update participation_comment set withheld = ?, moderation_reason = ?, moderated_by = ?,"
                + " moderated_at = ? where id = ?")
                .params(withheld, reason, by, OffsetDateTime.now(clock), commentId).update();
    }

    public Optional<PublicComment> comment(long id) {
        return jdbc.sql("select * from participation_comment where id = ?").param(id)
                .query(ConsultationStore::mapComment).optional();
    }

    public Optional<PublicComment> commentByReceipt(String receiptNo) {
        return jdbc.sql("select * from participation_comment where receipt_no = ?").param(receiptNo)
                .query(ConsultationStore::mapComment).optional();
    }

    public List<PublicComment> commentsOf(long consultationId) {
        return jdbc.sql("select * from participation_comment where consultation_id = ? order by id")
                .param(consultationId).query(ConsultationStore::mapComment).list();
    }

    public List<PublicComment> commentsOfSubject(SubjectRef s) {
        return jdbc.sql("select m.* from participation_comment m join participation_consultation c"
                + " on c.id = m.consultation_id where c.subject_module = ? and c.subject_type = ? and c.subject_id = ?"
                + " order by m.id").params(s.type().module(), s.type().name(), s.id())
                .query(ConsultationStore::mapComment).list();
    }

    public long undisposed(SubjectRef s) {
        return jdbc.sql("select count(*) from participation_comment m join participation_consultation c"
                + " on c.id = m.consultation_id where c.subject_module = ? and c.subject_type = ? and c.subject_id = ?"
                + " and m.disposition is null").params(s.type().module(), s.type().name(), s.id())
                .query(Long.class).single();
    }

    /** Comment counts per consultation, for lists. */
    public java.util.Map<Long, Long> commentCounts(Collection<Long> consultationIds) {
        java.util.Map<Long, Long> counts = new java.util.HashMap<>();
        if (consultationIds.isEmpty()) {
            return counts;
        }
        jdbc.sql("select consultation_id, count(*) n from participation_comment where consultation_id in (:ids)"
                + " group by consultation_id").param("ids", new ArrayList<>(consultationIds))
                .query((rs, n) -> counts.put(rs.getLong(1), rs.getLong(2))).list();
        return counts;
    }

    static PublicConsultation map(ResultSet rs, int n) throws SQLException {
        return new PublicConsultation(rs.getLong("id"), ConsultationKind.valueOf(rs.getString("kind")),
                rs.getString("subject_module"), rs.getString("subject_type"), rs.getString("subject_id"),
                rs.getLong("unit_id"), rs.getLong("version_id"), rs.getInt("version_no"), rs.getString("title"),
                rs.getString("organiser"), rs.getObject("opened_on", LocalDate.class),
                rs.getObject("earliest_close", LocalDate.class), rs.getObject("closes_on", LocalDate.class),
                rs.getObject("closed_on", LocalDate.class), ConsultationStatus.valueOf(rs.getString("status")),
                rs.getString("minimum_rule"), rs.getString("shortened_reason"), rs.getString("withdrawn_reason"),
                rs.getString("link"));
    }

    static PublicComment mapComment(ResultSet rs, int n) throws SQLException {
        String d = rs.getString("disposition");
        Object article = rs.getObject("article_no");
        Object disposedBy = rs.getObject("disposed_by");
        return new PublicComment(rs.getLong("id"), rs.getLong("consultation_id"), rs.getLong("version_id"),
                article == null ? null : ((Number) article).intValue(), rs.getString("receipt_no"),
                rs.getString("commenter_name"), rs.getString("contact"), rs.getString("organisation"),
                rs.getString("content"), PublicComment.CommentSource.valueOf(rs.getString("source")),
                instant(rs, "submitted_at"), d == null ? null : Disposition.valueOf(d),
                rs.getString("disposition_reason"), instant(rs, "disposed_at"),
                disposedBy == null ? null : ((Number) disposedBy).longValue(), rs.getBoolean("withheld"),
                rs.getString("moderation_reason"));
    }

    private static Instant instant(ResultSet rs, String col) throws SQLException {
        OffsetDateTime t = rs.getObject(col, OffsetDateTime.class);
        return t == null ? null : t.withOffsetSameInstant(ZoneOffset.UTC).toInstant();
    }
}
