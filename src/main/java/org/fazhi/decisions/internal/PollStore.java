package org.fazhi.decisions.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.fazhi.decisions.Poll;
import org.fazhi.decisions.PollRequest;
import org.fazhi.decisions.RiskAssessment;
import org.fazhi.decisions.RiskAssessmentRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The decision_poll and decision_risk_assessment tables. */
@Repository
public class PollStore {

    private final JdbcClient jdbc;
    private final Clock clock;

    PollStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public long poll(long decisionId, int roundNo, PollRequest r, Long by) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into decision_poll (decision_id, round_no, title, method, sample_size, started_on, ended_on,"
                + " results, conducted_by, recorded_by, recorded_at) values (?,?,?,?,?,?,?,?,?,?,?)")
                .params(decisionId, roundNo, r.title().strip(), r.method().strip(), r.sampleSize(), r.startedOn(),
                        r.endedOn(), r.results().strip(), r.conductedBy().strip(), by, OffsetDateTime.now(clock))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public List<Poll> polls(long decisionId) {
        return jdbc.sql("select * from decision_poll where decision_id = ? order by id").param(decisionId)
                .query((rs, n) -> new Poll(rs.getLong("id"), rs.getLong("decision_id"), rs.getInt("round_no"),
                        rs.getString("title"), rs.getString("method"), rs.getInt("sample_size"),
                        rs.getObject("started_on", LocalDate.class), rs.getObject("ended_on", LocalDate.class),
                        rs.getString("results"), rs.getString("conducted_by"), rs.getObject("recorded_by", Long.class),
                        CatalogStore.instant(rs, "recorded_at")))
                .list();
    }

    public long risk(long decisionId, int roundNo, RiskAssessmentRequest r, String assessorName, Long by) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into decision_risk_assessment (decision_id, round_no, assessor_unit_id, assessor_name,"
                + " risk_points, risk_level, measures, response_plan, controllable, concluded_on, recorded_by,"
                + " recorded_at) values (?,?,?,?,?,?,?,?,?,?,?,?)")
                .params(decisionId, roundNo, r.assessorUnitId(), assessorName, r.riskPoints().strip(), r.level().name(),
                        r.measures().strip(), r.responsePlan().strip(), r.controllable(), r.concludedOn(), by,
                        OffsetDateTime.now(clock))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public List<RiskAssessment> risks(long decisionId) {
        return jdbc.sql("select * from decision_risk_assessment where decision_id = ? order by id").param(decisionId)
                .query((rs, n) -> new RiskAssessment(rs.getLong("id"), rs.getLong("decision_id"), rs.getInt("round_no"),
                        rs.getObject("assessor_unit_id", Long.class), rs.getString("assessor_name"),
                        rs.getString("risk_points"), RiskAssessment.RiskLevel.valueOf(rs.getString("risk_level")),
                        rs.getString("measures"), rs.getString("response_plan"), rs.getBoolean("controllable"),
                        rs.getObject("concluded_on", LocalDate.class), rs.getObject("recorded_by", Long.class),
                        CatalogStore.instant(rs, "recorded_at")))
                .list();
    }
}
