package org.fazhi.decisions.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.fazhi.decisions.Argumentation;
import org.fazhi.decisions.Expert;
import org.fazhi.decisions.ExpertOpinion;
import org.fazhi.decisions.ExpertRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The expert register (decision_expert), argumentations and the experts' opinions with their answers. */
@Repository
public class ExpertStore {

    private final JdbcClient jdbc;
    private final Clock clock;

    ExpertStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public long addExpert(long unitId, ExpertRequest r, Long by) {
        var keys = new GeneratedKeyHolder();
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("insert into decision_expert (unit_id, name, fields, title, employer, interests, active, created_by,"
                + " created_at, updated_at) values (?,?,?,?,?,?,true,?,?,?)")
                .params(unitId, r.name().strip(), fields(r.fields()), blank(r.title()), r.employer().strip(),
                        blank(r.interests()), by, now, now)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public void updateExpert(long id, ExpertRequest r) {
        jdbc.sql("update decision_expert set name = ?, fields = ?, title = ?, employer = ?, interests = ?, updated_at = ?"
                + " where id = ?").params(r.name().strip(), fields(r.fields()), blank(r.title()), r.employer().strip(),
                        blank(r.interests()), OffsetDateTime.now(clock), id)
                .update();
    }

    public void setActive(long id, boolean active) {
        jdbc.sql("update decision_expert set active = ?, updated_at = ? where id = ?")
                .params(active, OffsetDateTime.now(clock), id).update();
    }

    public Optional<Expert> expert(long id) {
        return jdbc.sql("select * from decision_expert where id = ?").param(id).query(ExpertStore::mapExpert).optional();
    }

    public List<Expert> experts(Collection<Long> units) {
        if (units.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from decision_expert where unit_id in (:units) order by name, id").param("units", units)
                .query(ExpertStore::mapExpert).list();
    }

    public long argumentation(long decisionId, int roundNo, Argumentation.Form form, LocalDate heldOn,
            Long organiserUnitId, String organiserName, long versionId, String summary, Long by) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into decision_argumentation (decision_id, round_no, form, held_on, organiser_unit_id,"
                + " organiser_name, version_id, summary, recorded_by, recorded_at) values (?,?,?,?,?,?,?,?,?,?)")
                .params(decisionId, roundNo, form.name(), heldOn, organiserUnitId, organiserName, versionId, summary,
                        by, OffsetDateTime.now(clock))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public void opinion(long argumentationId, long decisionId, long expertId, String expertName, String opinion) {
        jdbc.sql("insert into decision_expert_opinion (argumentation_id, decision_id, expert_id, expert_name, opinion,"
                + " recorded_at) values (?,?,?,?,?,?)").params(argumentationId, decisionId, expertId, expertName,
                        opinion, OffsetDateTime.now(clock))
                .update();
    }

    public void answer(long opinionId, ExpertOpinion.AnswerKind kind, String answer, Long by) {
        jdbc.sql("update decision_expert_opinion set answer_kind = ?, answer = ?, answered_by = ?, answered_at = ?"
                + " where id = ?").params(kind.name(), answer, by, OffsetDateTime.now(clock), opinionId).update();
    }

    public Optional<ExpertOpinion> opinion(long id) {
        return jdbc.sql("select * from decision_expert_opinion where id = ?").param(id).query(ExpertStore::mapOpinion)
                .optional();
    }

    public List<Argumentation> ofDecision(long decisionId) {
        List<ExpertOpinion> opinions = jdbc.sql("select * from decision_expert_opinion where decision_id = ? order by id")
                .param(decisionId).query(ExpertStore::mapOpinion).list();
        return jdbc.sql("select * from decision_argumentation where decision_id = ? order by id").param(decisionId)
                .query((rs, n) -> {
                    long id = rs.getLong("id");
                    return new Argumentation(id, rs.getLong("decision_id"), rs.getInt("round_no"),
                        Argumentation.Form.valueOf(rs.getString("form")), rs.getObject("held_on", LocalDate.class),
                        rs.getObject("organiser_unit_id", Long.class), rs.getString("organiser_name"),
                        rs.getLong("version_id"), rs.getString("summary"), rs.getObject("recorded_by", Long.class),
                        CatalogStore.instant(rs, "recorded_at"), opinions.stream()
                                .filter(o -> o.argumentationId() == id).toList());
                })
                .list();
    }

    static Expert mapExpert(ResultSet rs, int n) throws SQLException {
        return new Expert(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("name"),
                Arrays.stream(rs.getString("fields").split("[,，、\\n]")).map(String::strip).filter(s -> !s.isEmpty())
                        .toList(),
                rs.getString("title"), rs.getString("employer"), DecisionStore.lines(rs.getString("interests")),
                rs.getBoolean("active"));
    }

    static ExpertOpinion mapOpinion(ResultSet rs, int n) throws SQLException {
        String kind = rs.getString("answer_kind");
        return new ExpertOpinion(rs.getLong("id"), rs.getLong("argumentation_id"), rs.getLong("decision_id"),
                rs.getLong("expert_id"), rs.getString("expert_name"), rs.getString("opinion"),
                kind == null ? null : ExpertOpinion.AnswerKind.valueOf(kind), rs.getString("answer"),
                rs.getObject("answered_by", Long.class), CatalogStore.instant(rs, "answered_at"));
    }

    private static String fields(String raw) {
        return String.join("、", Arrays.stream(raw.split("[,，、\\n]")).map(String::strip).filter(s -> !s.isEmpty())
                .toList());
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
