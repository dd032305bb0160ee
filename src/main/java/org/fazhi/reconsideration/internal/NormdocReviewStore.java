package org.fazhi.reconsideration.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.fazhi.reconsideration.NormdocConclusion;
import org.fazhi.reconsideration.NormdocReview;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The reconsideration_normdoc_review table: one incidental review per case, with its clocks. */
@Repository
public class NormdocReviewStore {

    private final JdbcClient jdbc;

    NormdocReviewStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void open(long caseId, String title, String organ, Long normdocId, boolean competent, LocalDate on,
            Long handleDeadline, Long noticeDeadline, Long by, OffsetDateTime now) {
        jdbc.sql("insert into reconsideration_normdoc_review (case_id, document_title, issuing_organ, normdoc_id,"
                + " competent, opened_on, handle_deadline_id, notice_deadline_id, created_by, created_at)"
                + " values (?,?,?,?,?,?,?,?,?,?)")
                .params(caseId, title, organ, normdocId, competent, on, handleDeadline, noticeDeadline, by, now)
                .update();
    }

    public void issuerNotified(long caseId, LocalDate on, Long answerDeadline) {
        jdbc.sql("update reconsideration_normdoc_review set issuer_notified_on = ?, answer_deadline_id = ?"
                + " where case_id = ?").params(on, answerDeadline, caseId).update();
    }

    public void issuerAnswered(long caseId, LocalDate on) {
        jdbc.sql("update reconsideration_normdoc_review set issuer_answered_on = ? where case_id = ?")
                .params(on, caseId).update();
    }

    public void forwarded(long caseId, LocalDate on, String to, Long replyDeadline) {
        jdbc.sql("update reconsideration_normdoc_review set forwarded_on = ?, forwarded_to = ?, reply_deadline_id = ?"
                + " where case_id = ?").params(on, to, replyDeadline, caseId).update();
    }

    public void concluded(long caseId, LocalDate on, NormdocConclusion conclusion, String note) {
        jdbc.sql("update reconsideration_normdoc_review set concluded_on = ?, conclusion = ?, conclusion_note = ?"
                + " where case_id = ?").params(on, conclusion.name(), note, caseId).update();
    }

    public Optional<NormdocReview> ofCase(long caseId) {
        return jdbc.sql("select * from reconsideration_normdoc_review where case_id = ?").param(caseId)
                .query((rs, n) -> new NormdocReview(rs.getLong("id"), rs.getLong("case_id"),
                        rs.getString("document_title"), rs.getString("issuing_organ"), CaseStore.id(rs, "normdoc_id"),
                        rs.getBoolean("competent"), CaseStore.date(rs, "opened_on"),
                        CaseStore.date(rs, "issuer_notified_on"), CaseStore.date(rs, "issuer_answered_on"),
                        CaseStore.date(rs, "forwarded_on"), rs.getString("forwarded_to"),
                        CaseStore.date(rs, "concluded_on"),
                        CaseStore.enumOf(NormdocConclusion.class, rs.getString("conclusion")),
                        rs.getString("conclusion_note"), CaseStore.id(rs, "handle_deadline_id"),
                        CaseStore.id(rs, "notice_deadline_id"), CaseStore.id(rs, "answer_deadline_id"),
                        CaseStore.id(rs, "reply_deadline_id")))
                .optional();
    }
}
