package org.fazhi.enforcement.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.fazhi.enforcement.ActionKind;
import org.fazhi.enforcement.PublishedDecision;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The decision_publication table: what the portal shows of each published decision. */
@Repository
public class PublicationStore {

    private static final String SELECT = "select p.*, a.name as agency_name from decision_publication p"
            + " join enforcement_agency a on a.id = p.agency_id";

    private final JdbcClient jdbc;
    private final Clock clock;

    PublicationStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public long insert(long caseId, long agencyId, long unitId, ActionKind kind, String decisionNo, LocalDate decidedOn,
            LocalDate publishedOn, String partyLabel, String cause, String outcomeText, String publicText,
            Long createdBy) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into decision_publication (case_id, agency_id, unit_id, kind, decision_no, decided_on,"
                + " published_on, party_label, cause, outcome_text, public_text, created_by, created_at)"
                + " values (?,?,?,?,?,?,?,?,?,?,?,?,?)")
                .params(caseId, agencyId, unitId, kind.name(), decisionNo, decidedOn, publishedOn, partyLabel, cause,
                        outcomeText, publicText, createdBy, OffsetDateTime.now(clock))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public void withdraw(long id, LocalDate on, String reason) {
        jdbc.sql("update decision_publication set withdrawn_on = ?, withdrawal_reason = ? where id = ?")
                .params(on, reason, id).update();
    }

    public Optional<PublishedDecision> ofCase(long caseId) {
        return jdbc.sql(SELECT + " where p.case_id = ?").param(caseId).query(PublicationStore::map).optional();
    }

    public Optional<PublishedDecision> find(long id) {
        return jdbc.sql(SELECT + " where p.id = ?").param(id).query(PublicationStore::map).optional();
    }

    /** Published decisions for the portal, newest first (withdrawn ones stay, with their notice). */
    public List<PublishedDecision> page(Long agencyId, ActionKind kind, int limit, long offset) {
        StringBuilder sql = new StringBuilder(SELECT + " where 1 = 1");
        java.util.Map<String, Object> p = new java.util.HashMap<>();
        if (agencyId != null) {
            sql.append(" and p.agency_id = :agency");
            p.put("agency", agencyId);
        }
        if (kind != null) {
            sql.append(" and p.kind = :kind");
            p.put("kind", kind.name());
        }
        sql.append(" order by p.published_on desc, p.id desc limit :limit offset :offset");
        p.put("limit", limit);
        p.put("offset", offset);
        return jdbc.sql(sql.toString()).params(p).query(PublicationStore::map).list();
    }

    public List<PublishedDecision> ofAgencies(Collection<Long> agencyIds, LocalDate from, LocalDate to) {
        if (agencyIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " where p.agency_id in (:agencies) and p.decided_on between :from and :to"
                + " order by p.published_on, p.id").param("agencies", agencyIds).param("from", from).param("to", to)
                .query(PublicationStore::map).list();
    }

    static PublishedDecision map(ResultSet rs, int n) throws SQLException {
        return new PublishedDecision(rs.getLong("id"), rs.getLong("case_id"), rs.getLong("agency_id"),
                rs.getString("agency_name"), ActionKind.valueOf(rs.getString("kind")), rs.getString("decision_no"),
                Rows.date(rs, "decided_on"), Rows.date(rs, "published_on"), rs.getString("party_label"),
                rs.getString("cause"), rs.getString("outcome_text"), rs.getString("public_text"),
                Rows.date(rs, "withdrawn_on"), rs.getString("withdrawal_reason"));
    }
}
