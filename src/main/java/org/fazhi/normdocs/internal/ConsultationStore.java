package org.fazhi.normdocs.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.fazhi.normdocs.Disposition;
import org.fazhi.normdocs.PublicComment;
import org.fazhi.normdocs.PublicConsultation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The consultation and public_comment tables. */
@Repository
public class ConsultationStore {

    private final JdbcClient jdbc;
    private final Clock clock;

    ConsultationStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public long open(long documentId, long versionId, LocalDate openedOn, LocalDate earliestClose, LocalDate closesOn,
            Long by) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into consultation (document_id, version_id, opened_on, earliest_close, closes_on, status,"
                + " created_by, created_at) values (?,?,?,?,?,'OPEN',?,?)")
                .params(documentId, versionId, openedOn, earliestClose, closesOn, by, OffsetDateTime.now(clock))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public void close(long id, LocalDate on) {
        jdbc.sql("update consultation set status = 'CLOSED', closed_on = ? where id = ?").params(on, id).update();
    }

    public Optional<PublicConsultation> find(long id) {
        return jdbc.sql("select * from consultation where id = ?").param(id).query(ConsultationStore::map).optional();
    }

    public List<PublicConsultation> ofDocument(long documentId) {
        return jdbc.sql("select * from consultation where document_id = ? order by id").param(documentId)
                .query(ConsultationStore::map).list();
    }

    public Optional<PublicConsultation> openOf(long documentId) {
        return jdbc.sql("select * from consultation where document_id = ? and status = 'OPEN'").param(documentId)
                .query(ConsultationStore::map).optional();
    }

    /**
     * Open consultations whose planned closing date has passed (for the closing job): comments are
     * accepted through the whole closing day, so a window closes the day after.
     */
    public List<PublicConsultation> dueToClose(LocalDate today) {
        return jdbc.sql("select * from consultation where status = 'OPEN' and closes_on < ? order by id")
                .param(today).query(ConsultationStore::map).list();
    }

    /** Every open consultation (for the portal). */
    public List<PublicConsultation> allOpen() {
        return jdbc.sql("select * from consultation where status = 'OPEN' order by closes_on, id")
                .query(ConsultationStore::map).list();
    }

    /** Closed consultations, newest first (their dispositions are public). */
    public List<PublicConsultation> closed(int limit) {
        return jdbc.sql("select * from consultation where status = 'CLOSED' order by closed_on desc, id desc limit ?")
                .param(limit).query(ConsultationStore::map).list();
    }

    public long addComment(long consultationId, long documentId, long versionId, String receiptNo, String name,
            String contact, String organisation, String content, PublicComment.CommentSource source) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into public_comment (consultation_id, document_id, version_id, receipt_no, commenter_name,"
                + " contact, organisation, content, source, submitted_at) values (?,?,?,?,?,?,?,?,?,?)")
                .params(consultationId, documentId, versionId, receiptNo, name, contact, organisation, content,
                        source.name(), OffsetDateTime.now(clock))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public void dispose(long commentId, Disposition disposition, String reason, Long by) {
        jdbc.sql("update public_comment set disposition = ?, disposition_reason = ?, disposed_by = ?, disposed_at = ?"
                + " where id = ?").params(disposition.name(), reason, by, OffsetDateTime.now(clock), commentId)
                .update();
    }

    public Optional<PublicComment> comment(long id) {
        return jdbc.sql("select * from public_comment where id = ?").param(id).query(ConsultationStore::mapComment)
                .optional();
    }

    public Optional<PublicComment> commentByReceipt(String receiptNo) {
        return jdbc.sql("select * from public_comment where receipt_no = ?").param(receiptNo)
                .query(ConsultationStore::mapComment).optional();
    }

    public List<PublicComment> commentsOfDocument(long documentId) {
        return jdbc.sql("select * from public_comment where document_id = ? order by id").param(documentId)
                .query(ConsultationStore::mapComment).list();
    }

    public List<PublicComment> commentsOf(long consultationId) {
        return jdbc.sql("select * from public_comment where consultation_id = ? order by id").param(consultationId)
                .query(ConsultationStore::mapComment).list();
    }

    public long undisposed(long documentId) {
        return jdbc.sql("select count(*) from public_comment where document_id = ? and disposition is null")
                .param(documentId).query(Long.class).single();
    }

    static PublicConsultation map(ResultSet rs, int n) throws SQLException {
        return new PublicConsultation(rs.getLong("id"), rs.getLong("document_id"), rs.getLong("version_id"),
                rs.getObject("opened_on", LocalDate.class), rs.getObject("earliest_close", LocalDate.class),
                rs.getObject("closes_on", LocalDate.class), rs.getObject("closed_on", LocalDate.class),
                "OPEN".equals(rs.getString("status")));
    }

    static PublicComment mapComment(ResultSet rs, int n) throws SQLException {
        String d = rs.getString("disposition");
        return new PublicComment(rs.getLong("id"), rs.getLong("consultation_id"), rs.getLong("document_id"),
                rs.getLong("version_id"), rs.getString("receipt_no"), rs.getString("commenter_name"),
                rs.getString("contact"), rs.getString("organisation"), rs.getString("content"),
                PublicComment.CommentSource.valueOf(rs.getString("source")), instant(rs, "submitted_at"),
                d == null ? null : Disposition.valueOf(d), rs.getString("disposition_reason"),
                instant(rs, "disposed_at"));
    }

    private static Instant instant(ResultSet rs, String col) throws SQLException {
        OffsetDateTime t = rs.getObject(col, OffsetDateTime.class);
        return t == null ? null : t.withOffsetSameInstant(ZoneOffset.UTC).toInstant();
    }
}
