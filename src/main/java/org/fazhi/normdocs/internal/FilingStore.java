package org.fazhi.normdocs.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.fazhi.normdocs.Filing;
import org.fazhi.normdocs.FilingReviewResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The document_filing table. */
@Repository
public class FilingStore {

    private final JdbcClient jdbc;
    private final Clock clock;

    FilingStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public long insert(long documentId, String filedTo, LocalDate dueOn, Long deadlineId) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into document_filing (document_id, filed_to, due_on, deadline_id, created_at, updated_at)"
                + " values (?,?,?,?,?,?)").params(documentId, filedTo, dueOn, deadlineId, now, now).update(keys, "id");
        return keys.getKey().longValue();
    }

    public void recordFiled(long id, String filedTo, LocalDate filedOn, String receiptNo, boolean complete,
            String missing) {
        jdbc.sql("update document_filing set filed_to = ?, filed_on = ?, receipt_no = ?, packet_complete = ?,"
                + " missing_items = ?, updated_at = ? where id = ?")
                .params(filedTo, filedOn, receiptNo, complete, missing, OffsetDateTime.now(clock), id).update();
    }

    public void recordReview(long id, FilingReviewResult result, LocalDate receivedOn, String opinion,
            LocalDate correctionDueOn, Long correctionDeadlineId) {
        jdbc.sql("update document_filing set review_result = ?, review_received_on = ?, review_opinion = ?,"
                + " correction_due_on = ?, correction_deadline_id = ?, updated_at = ? where id = ?")
                .params(result.name(), receivedOn, opinion, correctionDueOn, correctionDeadlineId,
                        OffsetDateTime.now(clock), id).update();
    }

    public void recordCorrection(long id, LocalDate correctedOn, String note) {
        jdbc.sql("update document_filing set corrected_on = ?, correction_note = ?, updated_at = ? where id = ?")
                .params(correctedOn, note, OffsetDateTime.now(clock), id).update();
    }

    public Optional<Filing> ofDocument(long documentId) {
        return jdbc.sql("select * from document_filing where document_id = ?").param(documentId)
                .query(FilingStore::map).optional();
    }

    public List<Filing> ofDocuments(Collection<Long> documentIds) {
        if (documentIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from document_filing where document_id in (:ids)").param("ids", documentIds)
                .query(FilingStore::map).list();
    }

    static Filing map(ResultSet rs, int n) throws SQLException {
        return new Filing(rs.getLong("id"), rs.getLong("document_id"), rs.getString("filed_to"),
                rs.getObject("due_on", LocalDate.class), rs.getObject("deadline_id", Long.class),
                rs.getObject("filed_on", LocalDate.class), rs.getString("receipt_no"),
                rs.getObject("packet_complete", Boolean.class), rs.getString("missing_items"),
                rs.getString("review_result") == null ? null : FilingReviewResult.valueOf(rs.getString("review_result")),
                rs.getObject("review_received_on", LocalDate.class), rs.getString("review_opinion"),
                rs.getObject("correction_due_on", LocalDate.class), rs.getObject("correction_deadline_id", Long.class),
                rs.getObject("corrected_on", LocalDate.class), rs.getString("correction_note"));
    }
}
