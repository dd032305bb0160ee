package org.fazhi.normdocs.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.fazhi.normdocs.Supersession;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The document_supersession table: which later document amends, replaces or repeals which earlier one. */
@Repository
public class SupersessionStore {

    private static final String SELECT = "select s.kind, s.applied_on, s.new_document_id, n.title as new_title,"
            + " n.document_number as new_number, s.old_document_id, o.title as old_title,"
            + " o.document_number as old_number from document_supersession s"
            + " join normative_document n on n.id = s.new_document_id"
            + " join normative_document o on o.id = s.old_document_id";

    private final JdbcClient jdbc;
    private final Clock clock;

    SupersessionStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void add(long newDocumentId, long oldDocumentId, Supersession.Kind kind, Long by) {
        jdbc.sql("insert into document_supersession (new_document_id, old_document_id, kind, created_by, created_at)"
                + " values (?,?,?,?,?)").params(newDocumentId, oldDocumentId, kind.name(), by,
                        OffsetDateTime.now(clock)).update();
    }

    public int remove(long newDocumentId, long oldDocumentId) {
        return jdbc.sql("delete from document_supersession where new_document_id = ? and old_document_id = ?"
                + " and applied_on is null").params(newDocumentId, oldDocumentId).update();
    }

    public void applied(long newDocumentId, long oldDocumentId, LocalDate on) {
        jdbc.sql("update document_supersession set applied_on = ? where new_document_id = ? and old_document_id = ?")
                .params(on, newDocumentId, oldDocumentId).update();
    }

    /** What the document changes (as the later document), and what changed it (as the earlier one). */
    public List<Supersession> of(long documentId) {
        return jdbc.sql(SELECT + " where s.new_document_id = ? or s.old_document_id = ? order by s.created_at")
                .params(documentId, documentId).query(SupersessionStore::map).list();
    }

    /** The documents {@code newDocumentId} changes. */
    public List<Supersession> by(long newDocumentId) {
        return jdbc.sql(SELECT + " where s.new_document_id = ? order by s.created_at").param(newDocumentId)
                .query(SupersessionStore::map).list();
    }

    /** Published documents in effect by {@code today} that still have supersessions to apply. */
    public List<Long> pendingWhoseDocumentIsInEffect(LocalDate today) {
        return jdbc.sql("select distinct s.new_document_id from document_supersession s"
                + " join normative_document n on n.id = s.new_document_id where s.applied_on is null"
                + " and n.status = 'PUBLISHED' and n.effective_date <= ? order by s.new_document_id").param(today)
                .query(Long.class).list();
    }

    private static Supersession map(ResultSet rs, int n) throws SQLException {
        return new Supersession(Supersession.Kind.valueOf(rs.getString("kind")), rs.getLong("new_document_id"),
                rs.getString("new_title"), rs.getString("new_number"), rs.getLong("old_document_id"),
                rs.getString("old_title"), rs.getString("old_number"), rs.getObject("applied_on", LocalDate.class));
    }
}
