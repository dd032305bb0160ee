package org.fazhi.normdocs.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fazhi.normdocs.CleanupCampaign;
import org.fazhi.normdocs.CleanupLine;
import org.fazhi.normdocs.CleanupVerdict;
import org.fazhi.normdocs.PostEvaluation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The cleanup_campaign, cleanup_verdict and post_evaluation tables. */
@Repository
public class CleanupStore {

    private final JdbcClient jdbc;
    private final Clock clock;

    CleanupStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public long insertCampaign(long unitId, String name, CleanupCampaign.CampaignKind kind, String topic,
            LocalDate startedOn, Long by) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into cleanup_campaign (unit_id, name, kind, topic, started_on, status, created_by, created_at)"
                + " values (?,?,?,?,?,'OPEN',?,?)")
                .params(unitId, name, kind.name(), topic, startedOn, by, OffsetDateTime.now(clock)).update(keys, "id");
        return keys.getKey().longValue();
    }

    public void addDocument(long campaignId, long documentId) {
        jdbc.sql("insert into cleanup_verdict (campaign_id, document_id) values (?,?)").params(campaignId, documentId)
                .update();
    }

    public int setVerdict(long campaignId, long documentId, CleanupVerdict verdict, String reason, Long by) {
        return jdbc.sql("update cleanup_verdict set verdict = ?, reason = ?, decided_by = ?, decided_at = ?"
                + " where campaign_id = ? and document_id = ?")
                .params(verdict.name(), reason, by, OffsetDateTime.now(clock), campaignId, documentId).update();
    }

    public void complete(long campaignId, LocalDate on) {
        jdbc.sql("update cleanup_campaign set status = 'COMPLETED', completed_on = ? where id = ?").params(on, campaignId)
                .update();
    }

    public Optional<CleanupCampaign> find(long id) {
        return jdbc.sql("select * from cleanup_campaign where id = ?").param(id).query(CleanupStore::map).optional();
    }

    public Optional<CleanupCampaign> lock(long id) {
        jdbc.sql("select id from cleanup_campaign where id = ? for update").param(id).query(Long.class).optional();
        return find(id);
    }

    public List<CleanupCampaign> ofUnits(Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from cleanup_campaign where unit_id in (:units) order by started_on desc, id desc")
                .param("units", unitIds).query(CleanupStore::map).list();
    }

    public List<CleanupLine> lines(long campaignId) {
        return jdbc.sql("select document_id, verdict, reason from cleanup_verdict where campaign_id = ?"
                + " order by document_id").param(campaignId)
                .query((rs, n) -> new CleanupLine(rs.getLong(1), rs.getString(2) == null ? null
                        : CleanupVerdict.valueOf(rs.getString(2)), rs.getString(3)))
                .list();
    }

    /** The lines of completed campaigns on one document, oldest campaign first. */
    public List<Map.Entry<CleanupCampaign, CleanupLine>> completedLinesOf(long documentId) {
        return jdbc.sql("select c.*, v.document_id as line_document_id, v.verdict as line_verdict,"
                + " v.reason as line_reason from cleanup_verdict v join cleanup_campaign c on c.id = v.campaign_id"
                + " where v.document_id = ? and c.status = 'COMPLETED' order by c.completed_on, c.id")
                .param(documentId)
                .query((rs, n) -> Map.entry(map(rs, n), new CleanupLine(rs.getLong("line_document_id"),
                        rs.getString("line_verdict") == null ? null : CleanupVerdict.valueOf(rs.getString("line_verdict")),
                        rs.getString("line_reason"))))
                .list();
    }

    /** Verdict counts of completed campaigns of the units in [from, to] (metrics). */
    public Map<CleanupVerdict, Integer> verdictCounts(Collection<Long> unitIds, LocalDate from, LocalDate to) {
        Map<CleanupVerdict, Integer> counts = new LinkedHashMap<>();
        if (unitIds.isEmpty()) {
            return counts;
        }
        jdbc.sql("select v.verdict, count(*) from cleanup_verdict v join cleanup_campaign c on c.id = v.campaign_id"
                + " where c.unit_id in (:units) and c.status = 'COMPLETED' and c.completed_on between :from and :to"
                + " group by v.verdict")
                .param("units", unitIds).param("from", from).param("to", to)
                .query((rs, n) -> counts.put(CleanupVerdict.valueOf(rs.getString(1)), rs.getInt(2))).list();
        return counts;
    }

    public long insertEvaluation(long documentId, LocalDate on, String evaluator, String conclusion,
            CleanupVerdict recommendation, Long reportFileId, Long by) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into post_evaluation (document_id, evaluated_on, evaluator, conclusion, recommendation,"
                + " report_file_id, created_by, created_at) values (?,?,?,?,?,?,?,?)")
                .params(documentId, on, evaluator, conclusion, recommendation.name(), reportFileId, by,
                        OffsetDateTime.now(clock))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public List<PostEvaluation> evaluations(long documentId) {
        return jdbc.sql("select * from post_evaluation where document_id = ? order by evaluated_on, id")
                .param(documentId)
                .query((rs, n) -> new PostEvaluation(rs.getLong("id"), rs.getLong("document_id"),
                        rs.getObject("evaluated_on", LocalDate.class), rs.getString("evaluator"),
                        rs.getString("conclusion"), CleanupVerdict.valueOf(rs.getString("recommendation")),
                        rs.getObject("report_file_id", Long.class)))
                .list();
    }

    static CleanupCampaign map(ResultSet rs, int n) throws SQLException {
        return new CleanupCampaign(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("name"),
                CleanupCampaign.CampaignKind.valueOf(rs.getString("kind")), rs.getString("topic"),
                rs.getObject("started_on", LocalDate.class), rs.getObject("completed_on", LocalDate.class),
                "COMPLETED".equals(rs.getString("status")));
    }
}
