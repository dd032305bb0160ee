package org.fazhi.enforcement.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fazhi.enforcement.ActionKind;
import org.fazhi.enforcement.CaseStatus;
import org.fazhi.enforcement.ChangeKind;
import org.fazhi.enforcement.Circumstance;
import org.fazhi.enforcement.DecisionOutcome;
import org.fazhi.enforcement.EnforcementCase;
import org.fazhi.enforcement.ExecutionMethod;
import org.fazhi.enforcement.Harm;
import org.fazhi.enforcement.PartyKind;
import org.fazhi.enforcement.PenaltyType;
import org.fazhi.enforcement.ProcedureKind;
import org.fazhi.enforcement.ServiceMethod;
import org.fazhi.shared.privacy.EncryptedFields;
import org.fazhi.shared.privacy.FieldCipher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads of the enforcement_case table: one case, lists and the figures the reports count. */
@Repository
public class CaseStore {

    /** A list filter: the agencies in scope, and optionally agency, status, kind, year opened, text. */
    public record Filter(Collection<Long> agencyIds, Long agencyId, CaseStatus status, ActionKind kind, Integer year,
            String q) {
    }

    private final JdbcClient jdbc;

    /** The party's identity number, contact and address: stored encrypted (SECURITY.md DC-02). */
    public static final String PARTY_ID_NO = "enforcement_case.party_id_no";
    public static final String PARTY_CONTACT = "enforcement_case.party_contact";
    public static final String PARTY_ADDRESS = "enforcement_case.party_address";

    private final FieldCipher cipher;

    CaseStore(JdbcClient jdbc, FieldCipher cipher) {
        this.cipher = cipher;
        this.jdbc = jdbc;
    }

    public Optional<EnforcementCase> find(long id) {
        return jdbc.sql("select * from enforcement_case where id = ?").param(id).query(this::map).optional();
    }

    public Optional<EnforcementCase> lock(long id) {
        return jdbc.sql("select * from enforcement_case where id = ? for update").param(id).query(this::map)
                .optional();
    }

    /**
     * A page of the list, newest opened first. One row more than asked is read, so the caller knows
     * whether another page follows without counting millions of rows.
     */
    public List<EnforcementCase> list(Filter f, int limit, long offset) {
        if (f.agencyIds().isEmpty()) {
            return List.of();
        }
        Map<String, Object> p = new HashMap<>();
        StringBuilder sql = new StringBuilder("select * from enforcement_case where agency_id in (:agencies)");
        p.put("agencies", f.agencyIds());
        if (f.agencyId() != null) {
            sql.append(" and agency_id = :agency");
            p.put("agency", f.agencyId());
        }
        if (f.status() != null) {
            sql.append(" and status = :status");
            p.put("status", f.status().name());
        }
        if (f.kind() != null) {
            sql.append(" and kind = :kind");
            p.put("kind", f.kind().name());
        }
        if (f.year() != null) {
            sql.append(" and opened_on between :from and :to");
            p.put("from", LocalDate.of(f.year(), 1, 1));
            p.put("to", LocalDate.of(f.year(), 12, 31));
        }
        if (f.q() != null && !f.q().isBlank()) {
            sql.append(" and (case_no like :q or cause like :q or party_name like :q or decision_no like :q"
                    + " or party_id_index = :idx)");
            p.put("q", "%" + f.q().strip().replace("%", "").replace("_", "") + "%");
            p.put("idx", EncryptedFields.indexValue(cipher, PARTY_ID_NO, f.q(), true));
        }
        sql.append(" order by opened_on desc, id desc limit :limit offset :offset");
        p.put("limit", limit);
        p.put("offset", offset);
        return jdbc.sql(sql.toString()).params(p).query(this::map).list();
    }

    /** Cases of these agencies decided in [from, to]. */
    public List<EnforcementCase> decidedBetween(Collection<Long> agencyIds, LocalDate from, LocalDate to) {
        if (agencyIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from enforcement_case where agency_id in (:agencies) and decided_on between :from"
                + " and :to order by decided_on, id").param("agencies", agencyIds).param("from", from).param("to", to)
                .query(this::map).list();
    }

    /**
     * Cases of these agencies decided in [from, to] and recorded here, not imported from another system (what
     * the metrics measure): the imported ones are left in the database instead of being read and dropped.
     */
    public List<EnforcementCase> decidedHereBetween(Collection<Long> agencyIds, LocalDate from, LocalDate to) {
        if (agencyIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from enforcement_case where agency_id in (:agencies) and imported = false"
                + " and decided_on between :from and :to order by decided_on, id").param("agencies", agencyIds)
                .param("from", from).param("to", to).query(this::map).list();
    }

    /** Cases of these agencies opened in [from, to]. */
    public List<EnforcementCase> openedBetween(Collection<Long> agencyIds, LocalDate from, LocalDate to) {
        if (agencyIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from enforcement_case where agency_id in (:agencies) and opened_on between :from"
                + " and :to order by opened_on, id").param("agencies", agencyIds).param("from", from).param("to", to)
                .query(this::map).list();
    }

    /** Cases of these agencies closed in [from, to]. */
    public List<EnforcementCase> closedBetween(Collection<Long> agencyIds, LocalDate from, LocalDate to) {
        if (agencyIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from enforcement_case where agency_id in (:agencies) and closed_on between :from"
                + " and :to order by closed_on, id").param("agencies", agencyIds).param("from", from).param("to", to)
                .query(this::map).list();
    }

    public Optional<Long> byExternalId(String source, String externalId) {
        return jdbc.sql("select id from enforcement_case where source_system = ? and external_id = ?")
                .params(source, externalId).query(Long.class).optional();
    }

    EnforcementCase map(ResultSet rs, int n) throws SQLException {
        return new EnforcementCase(rs.getLong("id"), rs.getLong("agency_id"), rs.getLong("unit_id"),
                rs.getString("case_no"), ActionKind.valueOf(rs.getString("kind")),
                ProcedureKind.valueOf(rs.getString("procedure_kind")), Rows.longOrNull(rs, "power_item_id"),
                rs.getString("power_item_name"), rs.getString("cause"), Rows.date(rs, "occurred_on"),
                PartyKind.valueOf(rs.getString("party_kind")), rs.getString("party_name"), cipher.decrypt(PARTY_ID_NO, rs.getString("party_id_no")),
                cipher.decrypt(PARTY_CONTACT, rs.getString("party_contact")),
                cipher.decrypt(PARTY_ADDRESS, rs.getString("party_address")), rs.getBoolean("party_minor"),
                rs.getString("facts"), rs.getBoolean("major_public_interest"), rs.getBoolean("complex_case"),
                CaseStatus.valueOf(rs.getString("status")), Rows.date(rs, "opened_on"), rs.getString("violation_code"),
                Rows.enumOf(rs, "circumstance", Circumstance.class), rs.getBoolean("first_offence"),
                Rows.enumOf(rs, "harm", Harm.class), rs.getBoolean("corrected"),
                Rows.enumOf(rs, "proposed_outcome", DecisionOutcome.class),
                Rows.enumOf(rs, "proposed_penalty_type", PenaltyType.class), rs.getBigDecimal("proposed_amount"),
                Rows.longOrNull(rs, "benchmark_id"), rs.getString("deviation_reason"),
                Rows.longOrNull(rs, "exemption_item_id"), rs.getInt("proposal_version"),
                Rows.longOrNull(rs, "answers_review_id"), rs.getString("review_response"),
                Rows.date(rs, "notified_on"), Rows.enumOf(rs, "notified_penalty_type", PenaltyType.class),
                rs.getBigDecimal("notified_amount"), rs.getBoolean("hearing_rights"),
                Rows.date(rs, "statement_waived_on"), Rows.date(rs, "hearing_requested_on"),
                Rows.date(rs, "hearing_notice_on"), Rows.date(rs, "hearing_on"), Rows.date(rs, "hearing_held_on"),
                rs.getString("hearing_summary"), Rows.date(rs, "discussed_on"), rs.getString("discussion_meeting"),
                rs.getString("discussion_conclusion"), rs.getString("decision_no"), Rows.date(rs, "decided_on"),
                Rows.enumOf(rs, "outcome", DecisionOutcome.class), Rows.enumOf(rs, "penalty_type", PenaltyType.class),
                rs.getBigDecimal("amount"), rs.getString("decision_text"), Rows.date(rs, "education_on"),
                rs.getString("education_record"), Rows.date(rs, "served_on"),
                Rows.enumOf(rs, "service_method", ServiceMethod.class), Rows.date(rs, "executed_on"),
                Rows.enumOf(rs, "execution_method", ExecutionMethod.class), rs.getString("execution_note"),
                Rows.date(rs, "closed_on"), rs.getString("close_reason"), Rows.date(rs, "archived_on"),
                Rows.date(rs, "changed_on"), Rows.enumOf(rs, "change_kind", ChangeKind.class),
                rs.getString("change_reason"), Rows.longOrNull(rs, "decision_deadline_id"),
                Rows.longOrNull(rs, "publication_deadline_id"), Rows.longOrNull(rs, "withdrawal_deadline_id"),
                rs.getBoolean("imported"), rs.getString("source_system"), rs.getString("external_id"),
                rs.getInt("lock_version"));
    }
}
