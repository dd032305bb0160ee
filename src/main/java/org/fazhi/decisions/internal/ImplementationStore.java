package org.fazhi.decisions.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.fazhi.decisions.DecisionEvaluation;
import org.fazhi.decisions.DecisionEvaluationRequest;
import org.fazhi.decisions.Milestone;
import org.fazhi.decisions.MilestoneRequest;
import org.fazhi.decisions.ProgressReport;
import org.fazhi.decisions.ProgressRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The decision_milestone, decision_progress and decision_evaluation tables. */
@Repository
public class ImplementationStore {

    private final JdbcClient jdbc;
    private final Clock clock;

    ImplementationStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public long addMilestone(long decisionId, MilestoneRequest r, Long by) {
        int seq = jdbc.sql("select coalesce(max(seq), 0) + 1 from decision_milestone where decision_id = ?")
                .param(decisionId).query(Integer.class).single();
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into decision_milestone (decision_id, seq, title, responsible_unit_id, due_on, status,"
                + " created_by, created_at) values (?,?,?,?,?,'OPEN',?,?)")
                .params(decisionId, seq, r.title().strip(), r.responsibleUnitId(), r.dueOn(), by,
                        OffsetDateTime.now(clock))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public void tracked(long milestoneId, long deadlineId) {
        jdbc.sql("update decision_milestone set deadline_id = ? where id = ?").params(deadlineId, milestoneId).update();
    }

    public void completed(long milestoneId, LocalDate on, String note) {
        jdbc.sql("update decision_milestone set status = 'DONE', completed_on = ?, completion_note = ? where id = ?")
                .params(on, note, milestoneId).update();
    }

    public Optional<Milestone> milestone(long id) {
        return jdbc.sql("select * from decision_milestone where id = ?").param(id).query(ImplementationStore::map)
                .optional();
    }

    public List<Milestone> milestones(long decisionId) {
        return jdbc.sql("select * from decision_milestone where decision_id = ? order by seq").param(decisionId)
                .query(ImplementationStore::map).list();
    }

    public long report(long decisionId, ProgressRequest r, Long by) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into decision_progress (decision_id, milestone_id, reported_on, percent_done, report,"
                + " reported_by, reported_at) values (?,?,?,?,?,?,?)")
                .params(decisionId, r.milestoneId(), r.reportedOn(), r.percentDone(), r.report().strip(), by,
                        OffsetDateTime.now(clock))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public List<ProgressReport> reports(long decisionId) {
        return jdbc.sql("select * from decision_progress where decision_id = ? order by reported_on, id")
                .param(decisionId).query((rs, n) -> new ProgressReport(rs.getLong("id"), rs.getLong("decision_id"),
                        rs.getObject("milestone_id", Long.class), rs.getObject("reported_on", LocalDate.class),
                        rs.getInt("percent_done"), rs.getString("report"), rs.getObject("reported_by", Long.class),
                        CatalogStore.instant(rs, "reported_at")))
                .list();
    }

    public long evaluate(long decisionId, DecisionEvaluationRequest r, String evaluatorName, Long by) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into decision_evaluation (decision_id, trigger_kind, evaluator_unit_id, evaluator_name,"
                + " completed_on, report, conclusion, recorded_by, recorded_at) values (?,?,?,?,?,?,?,?,?)")
                .params(decisionId, r.trigger().name(), r.evaluatorUnitId(), evaluatorName, r.completedOn(),
                        r.report().strip(), r.conclusion().name(), by, OffsetDateTime.now(clock))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public List<DecisionEvaluation> evaluations(long decisionId) {
        return jdbc.sql("select * from decision_evaluation where decision_id = ? order by completed_on, id")
                .param(decisionId).query((rs, n) -> new DecisionEvaluation(rs.getLong("id"), rs.getLong("decision_id"),
                        DecisionEvaluation.Trigger.valueOf(rs.getString("trigger_kind")),
                        rs.getObject("evaluator_unit_id", Long.class), rs.getString("evaluator_name"),
                        rs.getObject("completed_on", LocalDate.class), rs.getString("report"),
                        DecisionEvaluation.Conclusion.valueOf(rs.getString("conclusion")),
                        rs.getObject("recorded_by", Long.class), CatalogStore.instant(rs, "recorded_at")))
                .list();
    }

    static Milestone map(ResultSet rs, int n) throws SQLException {
        return new Milestone(rs.getLong("id"), rs.getLong("decision_id"), rs.getInt("seq"), rs.getString("title"),
                rs.getLong("responsible_unit_id"), rs.getObject("due_on", LocalDate.class),
                rs.getObject("deadline_id", Long.class), "DONE".equals(rs.getString("status")),
                rs.getObject("completed_on", LocalDate.class), rs.getString("completion_note"));
    }
}
