package org.fazhi.enforcement.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.fazhi.enforcement.AccountabilityMeasure;
import org.fazhi.enforcement.CriminalTransfer;
import org.fazhi.enforcement.FaultKind;
import org.fazhi.enforcement.FaultRecord;
import org.fazhi.enforcement.GuidingCase;
import org.fazhi.enforcement.MajorActFiling;
import org.fazhi.enforcement.TransferOutcome;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The records linked to cases: criminal_transfer, major_act_filing, guiding_case and fault_record.
 */
@Repository
public class CaseLinkStore {

    private final JdbcClient jdbc;
    private final Clock clock;

    CaseLinkStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    // ----- transfers -----

    public long insertTransfer(long caseId, LocalDate on, String organ, String reason, Long by) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into criminal_transfer (case_id, transferred_on, receiving_organ, reason, created_by,"
                + " created_at) values (?,?,?,?,?,?)").params(caseId, on, organ, reason, by, now()).update(keys, "id");
        return keys.getKey().longValue();
    }

    public void receipt(long id, LocalDate on, String receiptNo) {
        jdbc.sql("update criminal_transfer set receipt_on = ?, receipt_no = ? where id = ?").params(on, receiptNo, id)
                .update();
    }

    public void outcome(long id, TransferOutcome outcome, LocalDate on, String note) {
        jdbc.sql("update criminal_transfer set outcome = ?, outcome_on = ?, outcome_note = ? where id = ?")
                .params(outcome.name(), on, note, id).update();
    }

    public Optional<CriminalTransfer> transfer(long id) {
        return jdbc.sql("select * from criminal_transfer where id = ?").param(id).query(CaseLinkStore::transfer)
                .optional();
    }

    public List<CriminalTransfer> transfersOf(long caseId) {
        return jdbc.sql("select * from criminal_transfer where case_id = ? order by transferred_on, id").param(caseId)
                .query(CaseLinkStore::transfer).list();
    }

    public List<CriminalTransfer> transfers(Collection<Long> agencyIds, LocalDate from, LocalDate to) {
        if (agencyIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select t.* from criminal_transfer t join enforcement_case c on c.id = t.case_id"
                + " where c.agency_id in (:agencies) and t.transferred_on between :from and :to"
                + " order by t.transferred_on desc, t.id desc").param("agencies", agencyIds).param("from", from)
                .param("to", to).query(CaseLinkStore::transfer).list();
    }

    static CriminalTransfer transfer(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new CriminalTransfer(rs.getLong("id"), rs.getLong("case_id"), Rows.date(rs, "transferred_on"),
                rs.getString("receiving_organ"), rs.getString("reason"), Rows.date(rs, "receipt_on"),
                rs.getString("receipt_no"), Rows.enumOf(rs, "outcome", TransferOutcome.class),
                Rows.date(rs, "outcome_on"), rs.getString("outcome_note"));
    }

    // ----- filings -----

    public long insertFiling(long caseId, LocalDate on, String filedWith, String filingNo, String note, Long by) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into major_act_filing (case_id, filed_on, filed_with, filing_no, note, created_by,"
                + " created_at) values (?,?,?,?,?,?,?)").params(caseId, on, filedWith, filingNo, note, by, now())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public Optional<MajorActFiling> filingOf(long caseId) {
        return jdbc.sql("select * from major_act_filing where case_id = ?").param(caseId).query(CaseLinkStore::filing)
                .optional();
    }

    public List<MajorActFiling> filings(Collection<Long> agencyIds, LocalDate from, LocalDate to) {
        if (agencyIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select f.* from major_act_filing f join enforcement_case c on c.id = f.case_id"
                + " where c.agency_id in (:agencies) and f.filed_on between :from and :to order by f.filed_on desc,"
                + " f.id desc").param("agencies", agencyIds).param("from", from).param("to", to)
                .query(CaseLinkStore::filing).list();
    }

    static MajorActFiling filing(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new MajorActFiling(rs.getLong("id"), rs.getLong("case_id"), Rows.date(rs, "filed_on"),
                rs.getString("filed_with"), rs.getString("filing_no"), rs.getString("note"));
    }

    // ----- guiding cases -----

    public long insertGuidingCase(long caseId, long unitId, int year, String title, String gist, String publicText,
            LocalDate selectedOn, Long by) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into guiding_case (case_id, unit_id, year_no, title, gist, public_text, selected_on,"
                + " created_by, created_at) values (?,?,?,?,?,?,?,?,?)")
                .params(caseId, unitId, year, title, gist, publicText, selectedOn, by, now()).update(keys, "id");
        return keys.getKey().longValue();
    }

    public void publishGuidingCase(long id, LocalDate on) {
        jdbc.sql("update guiding_case set published_on = ? where id = ?").params(on, id).update();
    }

    public Optional<GuidingCase> guidingCase(long id) {
        return jdbc.sql("select * from guiding_case where id = ?").param(id).query(CaseLinkStore::guiding).optional();
    }

    public Optional<GuidingCase> guidingCaseOf(long caseId) {
        return jdbc.sql("select * from guiding_case where case_id = ?").param(caseId).query(CaseLinkStore::guiding)
                .optional();
    }

    public List<GuidingCase> guidingCases(Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from guiding_case where unit_id in (:units) order by year_no desc, id")
                .param("units", unitIds).query(CaseLinkStore::guiding).list();
    }

    public List<GuidingCase> publishedGuidingCases() {
        return jdbc.sql("select * from guiding_case where published_on is not null order by year_no desc, id")
                .query(CaseLinkStore::guiding).list();
    }

    static GuidingCase guiding(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new GuidingCase(rs.getLong("id"), rs.getLong("case_id"), rs.getLong("unit_id"), rs.getInt("year_no"),
                rs.getString("title"), rs.getString("gist"), rs.getString("public_text"), Rows.date(rs, "selected_on"),
                Rows.date(rs, "published_on"));
    }

    // ----- faults -----

    public long insertFault(long caseId, Long officerId, FaultKind kind, String description,
            AccountabilityMeasure measure, LocalDate on, String decidedBy, Long by) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into fault_record (case_id, officer_id, fault_kind, description, measure, decided_on,"
                + " decided_by, created_by, created_at) values (?,?,?,?,?,?,?,?,?)")
                .params(caseId, officerId, kind.name(), description, measure.name(), on, decidedBy, by, now())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public List<FaultRecord> faultsOf(long caseId) {
        return jdbc.sql("select * from fault_record where case_id = ? order by decided_on, id").param(caseId)
                .query(CaseLinkStore::fault).list();
    }

    public List<FaultRecord> faults(Collection<Long> agencyIds, LocalDate from, LocalDate to) {
        if (agencyIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select f.* from fault_record f join enforcement_case c on c.id = f.case_id"
                + " where c.agency_id in (:agencies) and f.decided_on between :from and :to order by f.decided_on desc,"
                + " f.id desc").param("agencies", agencyIds).param("from", from).param("to", to)
                .query(CaseLinkStore::fault).list();
    }

    static FaultRecord fault(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new FaultRecord(rs.getLong("id"), rs.getLong("case_id"), Rows.longOrNull(rs, "officer_id"),
                FaultKind.valueOf(rs.getString("fault_kind")), rs.getString("description"),
                AccountabilityMeasure.valueOf(rs.getString("measure")), Rows.date(rs, "decided_on"),
                rs.getString("decided_by"));
    }
}
