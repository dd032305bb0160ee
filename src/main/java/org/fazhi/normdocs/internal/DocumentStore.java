package org.fazhi.normdocs.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fazhi.normdocs.DocumentStatus;
import org.fazhi.normdocs.DocumentVersion;
import org.fazhi.normdocs.NormativeDocument;
import org.fazhi.normdocs.Validity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The normative_document and document_version tables. */
@Repository
public class DocumentStore {

    /**
     * Filters of a document list; null fields do not filter. {@code unitIds}: the documents drafted
     * by, issued by, or registered by these units.
     */
    public record Filter(Collection<Long> unitIds, Long issuingBodyId, Integer year, DocumentStatus status,
            Validity validity, String titleLike, boolean publishedOnly) {
    }

    private static final String COLUMNS = "d.*, v.version_no as current_version_no";
    private static final String FROM = " from normative_document d"
            + " join issuing_body ib on ib.id = d.issuing_body_id"
            + " left join document_version v on v.id = d.current_version_id";

    private final JdbcClient jdbc;
    private final Clock clock;

    DocumentStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public long insert(long unitId, long issuingBodyId, Long planItemId, String title, boolean affectsRights,
            Long createdBy) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into normative_document (unit_id, issuing_body_id, plan_item_id, title, affects_rights,"
                + " status, created_by, created_at, updated_at) values (?,?,?,?,?,?,?,?,?)")
                .params(unitId, issuingBodyId, planItemId, title, affectsRights, DocumentStatus.DRAFTING.name(),
                        createdBy, now, now)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /**
     * A document of an imported catalog: already registered and published (imported = true), with
     * its historical numbers and dates.
     */
    public long insertImported(long unitId, long issuingBodyId, String title, String registrationNumber,
            int registrationYear, int registrationSerial, String documentNumber, LocalDate publicationDate,
            LocalDate effectiveDate, Integer validityYears, LocalDate expiryDate, Validity validity, Long createdBy) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into normative_document (unit_id, issuing_body_id, title, affects_rights, status,"
                + " registration_number, registration_year, registration_serial, registered_on, document_number,"
                + " publication_date, effective_date, validity_years, expiry_date, validity, imported, created_by,"
                + " created_at, updated_at) values (?,?,?,false,?,?,?,?,?,?,?,?,?,?,?,true,?,?,?)")
                .params(unitId, issuingBodyId, title, DocumentStatus.PUBLISHED.name(), registrationNumber,
                        registrationYear, registrationSerial, publicationDate, documentNumber, publicationDate,
                        effectiveDate, validityYears, expiryDate, validity.name(), createdBy, now, now)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public boolean registrationNumberTaken(String registrationNumber) {
        return jdbc.sql("select count(*) from normative_document where registration_number = ?")
                .param(registrationNumber).query(Long.class).single() > 0;
    }

    /** The document numbers (文号) a body used in a year, e.g. for suggesting the next one. */
    public List<String> documentNumbersOf(long issuingBodyId, String yearMark) {
        return jdbc.sql("select document_number from normative_document where issuing_body_id = ?"
                + " and document_number like ?").params(issuingBodyId, "%" + yearMark + "%").query(String.class)
                .list();
    }

    /** Documents carrying out the given plan items, by item. */
    public Map<Long, List<NormativeDocument>> byPlanItems(Collection<Long> planItemIds) {
        Map<Long, List<NormativeDocument>> map = new HashMap<>();
        if (planItemIds.isEmpty()) {
            return map;
        }
        jdbc.sql("select " + COLUMNS + FROM + " where d.plan_item_id in (:ids) order by d.id").param("ids", planItemIds)
                .query(DocumentStore::map).list()
                .forEach(d -> map.computeIfAbsent(d.planItemId(), k -> new ArrayList<>()).add(d));
        return map;
    }

    public Optional<NormativeDocument> find(long id) {
        return jdbc.sql("select " + COLUMNS + FROM + " where d.id = ?").param(id).query(DocumentStore::map)
                .optional();
    }

    /** Locks the document row for the rest of the transaction: one procedure step at a time. */
    public Optional<NormativeDocument> lock(long id) {
        jdbc.sql("select id from normative_document where id = ? for update").param(id).query(Long.class).optional();
        return find(id);
    }

    public void setStatus(long id, DocumentStatus status) {
        jdbc.sql("update normative_document set status = ?, updated_at = ?, lock_version = lock_version + 1"
                + " where id = ?").params(status.name(), OffsetDateTime.now(clock), id).update();
    }

    public void setCurrentVersion(long id, long versionId, String title) {
        jdbc.sql("update normative_document set current_version_id = ?, title = ?, updated_at = ? where id = ?")
                .params(versionId, title, OffsetDateTime.now(clock), id).update();
    }

    public void recordDeliberation(long id, String meeting, LocalDate date, String decision, String notes) {
        jdbc.sql("update normative_document set deliberation_meeting = ?, deliberation_date = ?,"
                + " deliberation_decision = ?, deliberation_notes = ?, updated_at = ? where id = ?")
                .params(meeting, date, decision, notes, OffsetDateTime.now(clock), id).update();
    }

    public void recordRegistration(long id, String registrationNumber, int year, int serial, LocalDate on,
            String documentNumber) {
        jdbc.sql("update normative_document set registration_number = ?, registration_year = ?,"
                + " registration_serial = ?, registered_on = ?, document_number = ?, updated_at = ? where id = ?")
                .params(registrationNumber, year, serial, on, documentNumber, OffsetDateTime.now(clock), id).update();
    }

    public void recordPublication(long id, LocalDate published, LocalDate effective, int validityYears,
            LocalDate expiry) {
        jdbc.sql("update normative_document set publication_date = ?, effective_date = ?, validity_years = ?,"
                + " expiry_date = ?, validity = ?, updated_at = ? where id = ?")
                .params(published, effective, validityYears, expiry, Validity.CURRENT.name(),
                        OffsetDateTime.now(clock), id)
                .update();
    }

    public void setValidity(long id, Validity validity, LocalDate on, String reason) {
        jdbc.sql("update normative_document set validity = ?, validity_changed_on = ?, validity_reason = ?,"
                + " updated_at = ?, lock_version = lock_version + 1 where id = ?")
                .params(validity.name(), on, reason, OffsetDateTime.now(clock), id).update();
    }

    public void withdraw(long id, String reason) {
        jdbc.sql("update normative_document set status = ?, withdrawn_reason = ?, updated_at = ? where id = ?")
                .params(DocumentStatus.WITHDRAWN.name(), reason, OffsetDateTime.now(clock), id).update();
    }

    public boolean documentNumberTaken(long issuingBodyId, String documentNumber, long exceptId) {
        return jdbc.sql("select count(*) from normative_document where issuing_body_id = ? and document_number = ?"
                + " and id <> ?").params(issuingBodyId, documentNumber, exceptId).query(Long.class).single() > 0;
    }

    public List<NormativeDocument> list(Filter f, int limit, long offset) {
        Map<String, Object> params = new HashMap<>();
        String where = where(f, params);
        params.put("limit", limit);
        params.put("offset", offset);
        return jdbc.sql("select " + COLUMNS + FROM + where
                + " order by coalesce(d.publication_date, cast(d.created_at as date)) desc, d.id desc"
                + " limit :limit offset :offset").params(params).query(DocumentStore::map).list();
    }

    public long count(Filter f) {
        Map<String, Object> params = new HashMap<>();
        return jdbc.sql("select count(*)" + FROM + where(f, params)).params(params).query(Long.class).single();
    }

    /** Published documents in force whose expiry falls on or before {@code until} (near expiry). */
    public List<NormativeDocument> expiringBy(Collection<Long> unitIds, LocalDate until) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + FROM + " where (d.unit_id in (:units) or ib.unit_id in (:units))"
                + " and d.status = 'PUBLISHED'"
                + " and d.validity in ('CURRENT','AMENDED') and d.expiry_date <= :until order by d.expiry_date")
                .param("units", unitIds).param("until", until).query(DocumentStore::map).list();
    }

    /** Published documents in force, of every unit, whose expiry falls on or before {@code until}. */
    public List<NormativeDocument> expiringByAll(LocalDate until) {
        return jdbc.sql("select " + COLUMNS + FROM + " where d.status = 'PUBLISHED'"
                + " and d.validity in ('CURRENT','AMENDED') and d.expiry_date <= ? order by d.expiry_date")
                .param(until).query(DocumentStore::map).list();
    }

    /** Published documents in force whose expiry date has passed by {@code today} (all units). */
    public List<Long> expiredBy(LocalDate today) {
        return jdbc.sql("select id from normative_document where status = 'PUBLISHED'"
                + " and validity in ('CURRENT','AMENDED') and expiry_date < ?").param(today).query(Long.class).list();
    }

    public List<Long> allPublishedIds() {
        return jdbc.sql("select id from normative_document where status = 'PUBLISHED' order by id")
                .query(Long.class).list();
    }

    // ----- versions -----

    public long insertVersion(long documentId, int versionNo, String title, String body, String draftingNotes,
            String basis, String sha256, DocumentVersion.VersionPurpose purpose, Long answersReviewId,
            String changeSummary, Long createdBy) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into document_version (document_id, version_no, title, body, drafting_notes, basis, sha256,"
                + " purpose, answers_review_id, change_summary, created_by, created_at)"
                + " values (?,?,?,?,?,?,?,?,?,?,?,?)")
                .params(documentId, versionNo, title, body, draftingNotes, basis, sha256, purpose.name(),
                        answersReviewId, changeSummary, createdBy, OffsetDateTime.now(clock))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public int lastVersionNo(long documentId) {
        return jdbc.sql("select coalesce(max(version_no), 0) from document_version where document_id = ?")
                .param(documentId).query(Integer.class).single();
    }

    public Optional<DocumentVersion> version(long versionId) {
        return jdbc.sql("select * from document_version where id = ?").param(versionId)
                .query(DocumentStore::mapVersion).optional();
    }

    public List<DocumentVersion> versions(long documentId) {
        return jdbc.sql("select * from document_version where document_id = ? order by version_no")
                .param(documentId).query(DocumentStore::mapVersion).list();
    }

    /** Current versions of many documents (for indexing and lists). */
    public Map<Long, DocumentVersion> currentVersions(Collection<Long> documentIds) {
        Map<Long, DocumentVersion> map = new HashMap<>();
        if (documentIds.isEmpty()) {
            return map;
        }
        jdbc.sql("select v.* from document_version v join normative_document d on d.current_version_id = v.id"
                + " where d.id in (:ids)").param("ids", documentIds).query(DocumentStore::mapVersion).list()
                .forEach(v -> map.put(v.documentId(), v));
        return map;
    }

    private static String where(Filter f, Map<String, Object> params) {
        List<String> clauses = new ArrayList<>();
        if (f.unitIds() != null) {
            if (f.unitIds().isEmpty()) {
                clauses.add("1 = 0");
            } else {
                clauses.add("(d.unit_id in (:units) or ib.unit_id in (:units) or ib.registering_unit_id in (:units))");
                params.put("units", f.unitIds());
            }
        }
        if (f.publishedOnly()) {
            clauses.add("d.status = 'PUBLISHED'");
        }
        if (f.issuingBodyId() != null) {
            clauses.add("d.issuing_body_id = :body");
            params.put("body", f.issuingBodyId());
        }
        if (f.year() != null) {
            clauses.add("d.publication_date between :yfrom and :yto");
            params.put("yfrom", LocalDate.of(f.year(), 1, 1));
            params.put("yto", LocalDate.of(f.year(), 12, 31));
        }
        if (f.status() != null) {
            clauses.add("d.status = :status");
            params.put("status", f.status().name());
        }
        if (f.validity() != null) {
            clauses.add("d.validity = :validity");
            params.put("validity", f.validity().name());
        }
        if (f.titleLike() != null && !f.titleLike().isBlank()) {
            clauses.add("(d.title like :q or d.document_number like :q or d.registration_number like :q)");
            params.put("q", "%" + f.titleLike().strip().replace("%", "").replace("_", "") + "%");
        }
        return clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
    }

    static NormativeDocument map(ResultSet rs, int n) throws SQLException {
        String validity = rs.getString("validity");
        return new NormativeDocument(rs.getLong("id"), rs.getLong("unit_id"), rs.getLong("issuing_body_id"),
                rs.getObject("plan_item_id", Long.class), rs.getString("title"), rs.getBoolean("affects_rights"),
                DocumentStatus.valueOf(rs.getString("status")), rs.getObject("current_version_id", Long.class),
                rs.getObject("current_version_no", Integer.class), rs.getString("registration_number"),
                rs.getObject("registered_on", LocalDate.class), rs.getString("document_number"),
                rs.getString("deliberation_meeting"), rs.getObject("deliberation_date", LocalDate.class),
                rs.getString("deliberation_decision"), rs.getObject("publication_date", LocalDate.class),
                rs.getObject("effective_date", LocalDate.class), rs.getObject("validity_years", Integer.class),
                rs.getObject("expiry_date", LocalDate.class), validity == null ? null : Validity.valueOf(validity),
                rs.getObject("validity_changed_on", LocalDate.class), rs.getString("validity_reason"),
                rs.getBoolean("imported"), rs.getString("no_consultation_reason"), rs.getInt("lock_version"),
                rs.getObject("amendment_pending_since", LocalDate.class));
    }

    static DocumentVersion mapVersion(ResultSet rs, int n) throws SQLException {
        return new DocumentVersion(rs.getLong("id"), rs.getLong("document_id"), rs.getInt("version_no"),
                rs.getString("title"), rs.getString("body"), rs.getString("drafting_notes"), rs.getString("basis"),
                rs.getString("sha256"), DocumentVersion.VersionPurpose.valueOf(rs.getString("purpose")),
                rs.getObject("answers_review_id", Long.class), rs.getString("change_summary"),
                rs.getObject("created_by", Long.class), rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
