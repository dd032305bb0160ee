package org.fazhi.reconsideration.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.fazhi.reconsideration.ActType;
import org.fazhi.reconsideration.ApplicantType;
import org.fazhi.reconsideration.CaseStatus;
import org.fazhi.reconsideration.Channel;
import org.fazhi.reconsideration.DecisionOutcome;
import org.fazhi.reconsideration.IdType;
import org.fazhi.reconsideration.PreconditionBasis;
import org.fazhi.reconsideration.ProcedureKind;
import org.fazhi.reconsideration.ReconsiderationCase;
import org.fazhi.reconsideration.ResolutionKind;
import org.fazhi.reconsideration.SuspensionGround;
import org.fazhi.reconsideration.TerminationGround;
import org.fazhi.shared.privacy.FieldCipher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads of the reconsideration_case table: one case, a receipt, lists and the statistics' cases. */
@Repository
public class CaseStore {

    /**
     * Filters of a case list; null fields do not filter. {@code unitIds}: cases handled by these units
     * or against a respondent among them.
     */
    public record Filter(Collection<Long> unitIds, Long bodyId, CaseStatus status, Integer year, String q) {
    }

    /** The applicant's identity and contact, stored encrypted (SECURITY.md DC-02). */
    public static final String APPLICANT_NAME = "reconsideration_case.applicant_name";
    public static final String APPLICANT_ID_NO = "reconsideration_case.applicant_id_no";
    public static final String APPLICANT_PHONE = "reconsideration_case.applicant_phone";
    public static final String APPLICANT_ADDRESS = "reconsideration_case.applicant_address";
    public static final String AGENT_NAME = "reconsideration_case.agent_name";

    private final JdbcClient jdbc;
    private final FieldCipher cipher;

    CaseStore(JdbcClient jdbc, FieldCipher cipher) {
        this.cipher = cipher;
        this.jdbc = jdbc;
    }

    public Optional<ReconsiderationCase> find(long id) {
        return jdbc.sql("select * from reconsideration_case where id = ?").param(id).query(this::map).optional();
    }

    public Optional<ReconsiderationCase> lock(long id) {
        return jdbc.sql("select * from reconsideration_case where id = ? for update").param(id).query(this::map)
                .optional();
    }

    public Optional<ReconsiderationCase> byReceipt(String receiptNo) {
        return jdbc.sql("select * from reconsideration_case where receipt_no = ?").param(receiptNo)
                .query(this::map).optional();
    }

    /** The stored hash of the verification code of a receipt. */
    public Optional<String> verificationHash(String receiptNo) {
        return jdbc.sql("select verification_hash from reconsideration_case where receipt_no = ?").param(receiptNo)
                .query(String.class).optional();
    }

    public boolean receiptTaken(String receiptNo) {
        return jdbc.sql("select count(*) from reconsideration_case where receipt_no = ?").param(receiptNo)
                .query(Long.class).single() > 0;
    }

    public List<ReconsiderationCase> list(Filter f, int limit, long offset) {
        if (f.unitIds().isEmpty()) {
            return List.of();
        }
        Where w = where(f);
        return w.bind(jdbc.sql("select * from reconsideration_case" + w.sql
                + " order by received_on desc, id desc limit :limit offset :offset"))
                .param("limit", limit).param("offset", offset).query(this::map).list();
    }

    public long count(Filter f) {
        if (f.unitIds().isEmpty()) {
            return 0;
        }
        Where w = where(f);
        return w.bind(jdbc.sql("select count(*) from reconsideration_case" + w.sql)).query(Long.class).single();
    }

    /**
     * The cases the statistics of a year read, handled by {@code units}: every case received up to the
     * year's end that was not closed before the year began (so the year's intake, the carry-over from
     * the year before and the cases closed in the year are all among them).
     */
    public List<ReconsiderationCase> forYear(Collection<Long> units, LocalDate from, LocalDate to) {
        if (units.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from reconsideration_case where unit_id in (:units) and received_on <= :to"
                + " and (closed_on is null or closed_on >= :from) order by received_on, id")
                .param("units", units).param("from", from).param("to", to).query(this::map).list();
    }

    private record Where(String sql, List<Object[]> params) {

        JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec) {
            JdbcClient.StatementSpec s = spec;
            for (Object[] p : params) {
                s = s.param((String) p[0], p[1]);
            }
            return s;
        }
    }

    private static Where where(Filter f) {
        StringBuilder sql = new StringBuilder(" where (unit_id in (:units) or respondent_unit_id in (:units))");
        List<Object[]> params = new ArrayList<>();
        params.add(new Object[] {"units", f.unitIds()});
        if (f.bodyId() != null) {
            sql.append(" and body_id = :body");
            params.add(new Object[] {"body", f.bodyId()});
        }
        if (f.status() != null) {
            sql.append(" and status = :status");
            params.add(new Object[] {"status", f.status().name()});
        }
        if (f.year() != null) {
            sql.append(" and received_on between :from and :to");
            params.add(new Object[] {"from", LocalDate.of(f.year(), 1, 1)});
            params.add(new Object[] {"to", LocalDate.of(f.year(), 12, 31)});
        }
        if (f.q() != null && !f.q().isBlank()) {
            sql.append(" and (receipt_no like :q or act_description like :q or decision_no like :q)");
            params.add(new Object[] {"q", "%" + f.q().strip().replace("%", "").replace("_", "") + "%"});
        }
        return new Where(sql.toString(), params);
    }

    ReconsiderationCase map(ResultSet rs, int n) throws SQLException {
        return new ReconsiderationCase(rs.getLong("id"), rs.getLong("body_id"), rs.getLong("unit_id"),
                rs.getString("receipt_no"), Channel.valueOf(rs.getString("channel")),
                CaseStatus.valueOf(rs.getString("status")),
                new ReconsiderationCase.Applicant(ApplicantType.valueOf(rs.getString("applicant_type")),
                        cipher.decrypt(APPLICANT_NAME, rs.getString("applicant_name")),
                        IdType.valueOf(rs.getString("applicant_id_type")),
                        cipher.decrypt(APPLICANT_ID_NO, rs.getString("applicant_id_no")),
                        cipher.decrypt(APPLICANT_PHONE, rs.getString("applicant_phone")),
                        cipher.decrypt(APPLICANT_ADDRESS, rs.getString("applicant_address")),
                        cipher.decrypt(AGENT_NAME, rs.getString("agent_name"))),
                rs.getLong("respondent_unit_id"),
                new ReconsiderationCase.Act(ActType.valueOf(rs.getString("act_type")), rs.getString("act_description"),
                        date(rs, "act_date"), date(rs, "knowledge_date"), rs.getBoolean("on_the_spot"),
                        rs.getBoolean("warning_or_criticism"), rs.getBigDecimal("amount"),
                        rs.getBoolean("real_property"), rs.getBoolean("informed_of_right"),
                        date(rs, "right_known_date"), (Integer) rs.getObject("special_period_days", Integer.class),
                        rs.getString("special_period_law"), date(rs, "obstacle_from"), date(rs, "obstacle_to")),
                rs.getString("requests"), rs.getString("facts_and_reasons"), rs.getString("normdoc_title"),
                date(rs, "received_on"), date(rs, "agency_received_on"),
                new ReconsiderationCase.Window(date(rs, "window_due"), rs.getBoolean("window_ok"),
                        rs.getString("window_rule")),
                rs.getBoolean("precondition"), enumOf(PreconditionBasis.class, rs.getString("precondition_basis")),
                new ReconsiderationCase.Correction(rs.getString("correction_items"), date(rs, "correction_notified_on"),
                        rs.getBoolean("correction_extended"), date(rs, "correction_received_on"),
                        rs.getString("correction_note")),
                enumOf(ProcedureKind.class, rs.getString("procedure_kind")),
                new ReconsiderationCase.Acceptance(date(rs, "accepted_on"), rs.getBoolean("deemed_accepted"),
                        date(rs, "refused_on"), rs.getString("refusal_reason"), rs.getString("competent_body"),
                        date(rs, "withdrawn_on"), rs.getString("withdrawal_reason")),
                new ReconsiderationCase.Answer(date(rs, "copy_sent_on"), date(rs, "respondent_received_on"),
                        date(rs, "answer_received_on"), rs.getString("answer_summary")),
                new ReconsiderationCase.Timing(date(rs, "extended_on"), rs.getString("extension_approver"),
                        rs.getString("extension_reason"), date(rs, "converted_on"), rs.getString("conversion_approver"),
                        rs.getString("conversion_reason")),
                enumOf(SuspensionGround.class, rs.getString("suspension_ground")), date(rs, "suspended_on"),
                new ReconsiderationCase.Decision(enumOf(DecisionOutcome.class, rs.getString("outcome")),
                        rs.getString("decision_no"), date(rs, "decided_on"), rs.getString("decision_summary")),
                new ReconsiderationCase.Resolution(enumOf(ResolutionKind.class, rs.getString("resolution_kind")),
                        rs.getString("resolution_doc_no"), date(rs, "resolution_on"),
                        rs.getString("resolution_summary")),
                new ReconsiderationCase.Termination(enumOf(TerminationGround.class, rs.getString("termination_ground")),
                        date(rs, "terminated_on"), rs.getString("termination_reason")),
                date(rs, "closed_on"),
                new ReconsiderationCase.Clocks(id(rs, "acceptance_deadline_id"), id(rs, "correction_deadline_id"),
                        id(rs, "copy_deadline_id"), id(rs, "answer_deadline_id"), id(rs, "decision_deadline_id"),
                        id(rs, "suspension_deadline_id")),
                rs.getInt("lock_version"));
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
