package org.fazhi.review.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fazhi.review.AdviserConsultation;
import org.fazhi.review.RequiredChange;
import org.fazhi.review.ReviewOutcome;
import org.fazhi.review.LegalityReview;
import org.fazhi.review.ReviewStatus;
import org.fazhi.review.ReviewSubject;
import org.fazhi.review.ReviewType;
import org.fazhi.shared.SubjectRef;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The review_request, review_required_change and review_consultation tables. */
@Repository
public class ReviewStore {

    private final JdbcClient jdbc;
    private final Clock clock;

    ReviewStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The changes a 修改后合法 conclusion requires, numbered from 1. */
    public void addRequiredChanges(long id, List<String> changes) {
        for (int i = 0; i < changes.size(); i++) {
            jdbc.sql("insert into review_required_change (request_id, item_no, change_text) values (?,?,?)")
                    .params(id, i + 1, changes.get(i)).update();
        }
    }

    public int markChangeMade(long id, int itemNo, long versionId, String response, Long by) {
        return jdbc.sql("update review_required_change set made_in_version_id = ?, response = ?, responded_by = ?,"
                + " responded_at = ? where request_id = ? and item_no = ?")
                .params(versionId, response, by, now(), id, itemNo).update();
    }

    public void addConsultation(long id, Long adviserId, String name, String kind, LocalDate on, String opinion,
            Long by) {
        jdbc.sql("insert into review_consultation (request_id, adviser_id, adviser_name, adviser_kind, consulted_on,"
                + " opinion, recorded_by, recorded_at) values (?,?,?,?,?,?,?,?)")
                .params(id, adviserId, name, kind, on, opinion, by, now()).update();
    }

    public Optional<LegalityReview> find(long id) {
        return jdbc.sql("select * from review_request where id = ?").param(id).query(this::map).optional()
                .map(r -> withChildren(List.of(r)).get(0));
    }

    public List<LegalityReview> forSubject(SubjectRef subject) {
        return withChildren(jdbc.sql("select * from review_request where module = ? and subject_type = ?"
                + " and subject_id = ? order by id").params(subject.type().module(), subject.type().name(),
                        subject.id()).query(this::map).list());
    }

    public int rounds(SubjectRef subject) {
        return jdbc.sql("select count(*) from review_request where module = ? and subject_type = ? and subject_id = ?")
                .params(subject.type().module(), subject.type().name(), subject.id()).query(Integer.class).single();
    }

    /** Requests of the given desks and/or submitting units, filtered by status, newest first. */
    public List<LegalityReview> search(Collection<Long> deskUnits, Collection<Long> submittingUnits,
            Collection<String> statuses, String type, int limit, long offset) {
        StringBuilder sql = new StringBuilder("select * from review_request where (1 = 0");
        Map<String, Object> params = new HashMap<>();
        if (!deskUnits.isEmpty()) {
            sql.append(" or desk_unit_id in (:desks)");
            params.put("desks", deskUnits);
        }
        if (!submittingUnits.isEmpty()) {
            sql.append(" or submitting_unit_id in (:units)");
            params.put("units", submittingUnits);
        }
        sql.append(")");
        if (statuses != null && !statuses.isEmpty()) {
            sql.append(" and status in (:statuses)");
            params.put("statuses", statuses);
        }
        if (type != null) {
            sql.append(" and review_type = :type");
            params.put("type", type);
        }
        sql.append(" order by id desc limit :limit offset :offset");
        params.put("limit", limit);
        params.put("offset", offset);
        return withChildren(jdbc.sql(sql.toString()).params(params).query(this::map).list());
    }

    /** Concluded requests received in [from, to] for the given submitting units (metrics). */
    public List<LegalityReview> receivedBetween(Collection<Long> submittingUnits, LocalDate from, LocalDate to) {
        if (submittingUnits.isEmpty()) {
            return List.of();
        }
        return withChildren(jdbc.sql("select * from review_request where submitting_unit_id in (:units)"
                + " and received_on between :from and :to order by id")
                .param("units", submittingUnits).param("from", from).param("to", to).query(this::map).list());
    }

    private List<LegalityReview> withChildren(List<LegalityReview> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        List<Long> ids = rows.stream().map(LegalityReview::id).toList();
        Map<Long, List<RequiredChange>> changes = new HashMap<>();
        jdbc.sql("select * from review_required_change where request_id in (:ids) order by request_id, item_no")
                .param("ids", ids)
                .query((rs, n) -> changes.computeIfAbsent(rs.getLong("request_id"), k -> new ArrayList<>())
                        .add(new RequiredChange(rs.getInt("item_no"), rs.getString("change_text"),
                                rs.getObject("made_in_version_id", Long.class), rs.getString("response"))))
                .list();
        Map<Long, List<AdviserConsultation>> consultations = new HashMap<>();
        jdbc.sql("select * from review_consultation where request_id in (:ids) order by id").param("ids", ids)
                .query((rs, n) -> consultations.computeIfAbsent(rs.getLong("request_id"), k -> new ArrayList<>())
                        .add(new AdviserConsultation(rs.getLong("id"), rs.getObject("adviser_id", Long.class),
                                rs.getString("adviser_name"), rs.getString("adviser_kind"),
                                rs.getObject("consulted_on", LocalDate.class), rs.getString("opinion"))))
                .list();
        return rows.stream().map(r -> new LegalityReview(r.id(), r.type(), r.subject(), r.round(), r.submittingUnitId(),
                r.decidingUnitId(), r.deskUnitId(), r.submittedBy(), r.receivedOn(), r.earliestConclusion(),
                r.dueOn(), r.deadlineId(), r.status(), r.outcome(), r.opinion(), r.reviewerId(), r.concludedOn(),
                r.earlyReason(), changes.getOrDefault(r.id(), List.of()),
                consultations.getOrDefault(r.id(), List.of()), r.createdAt(), r.version())).toList();
    }

    private LegalityReview map(ResultSet rs, int n) throws SQLException {
        String outcome = rs.getString("outcome");
        ReviewSubject subject = new ReviewSubject(rs.getString("module"), rs.getString("subject_type"),
                rs.getString("subject_id"), rs.getString("title"), rs.getLong("version_id"), rs.getInt("version_no"),
                rs.getString("version_sha256"), rs.getString("link"));
        return new LegalityReview(rs.getLong("id"), ReviewType.valueOf(rs.getString("review_type")), subject,
                rs.getInt("round_no"), rs.getLong("submitting_unit_id"), rs.getLong("deciding_unit_id"),
                rs.getLong("desk_unit_id"), rs.getObject("submitted_by", Long.class),
                rs.getObject("received_on", LocalDate.class), null, null, rs.getObject("deadline_id", Long.class),
                ReviewStatus.valueOf(rs.getString("status")), outcome == null ? null : ReviewOutcome.valueOf(outcome),
                rs.getString("opinion"), rs.getObject("reviewer_id", Long.class),
                rs.getObject("concluded_on", LocalDate.class), rs.getString("early_reason"), List.of(), List.of(),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getInt("lock_version"));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(Instant.now(clock), ZoneOffset.UTC);
    }
}
