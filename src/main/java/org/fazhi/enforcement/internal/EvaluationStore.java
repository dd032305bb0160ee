package org.fazhi.enforcement.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fazhi.enforcement.CaseFileEvaluation;
import org.fazhi.enforcement.EvaluationTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The evaluation_template, evaluation_criterion, case_file_evaluation and evaluation_score tables. */
@Repository
public class EvaluationStore {

    private final JdbcClient jdbc;
    private final Clock clock;

    EvaluationStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public long insertTemplate(long agencyId, int year, String name, BigDecimal passMark,
            List<EvaluationTemplate.Criterion> criteria) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into evaluation_template (agency_id, year_no, name, pass_mark, created_at) values (?,?,?,?,?)")
                .params(agencyId, year, name, passMark, OffsetDateTime.now(clock)).update(keys, "id");
        long id = keys.getKey().longValue();
        for (EvaluationTemplate.Criterion c : criteria) {
            jdbc.sql("insert into evaluation_criterion (template_id, seq_no, description, max_points) values (?,?,?,?)")
                    .params(id, c.seqNo(), c.description(), c.maxPoints()).update();
        }
        return id;
    }

    public Optional<EvaluationTemplate> template(long id) {
        return templates(jdbc.sql("select * from evaluation_template where id = ?").param(id)
                .query(EvaluationStore::head).list()).stream().findFirst();
    }

    public Optional<EvaluationTemplate> template(long agencyId, int year) {
        return templates(jdbc.sql("select * from evaluation_template where agency_id = ? and year_no = ?")
                .params(agencyId, year).query(EvaluationStore::head).list()).stream().findFirst();
    }

    public List<EvaluationTemplate> templates(Collection<Long> agencyIds) {
        if (agencyIds.isEmpty()) {
            return List.of();
        }
        return templates(jdbc.sql("select * from evaluation_template where agency_id in (:agencies)"
                + " order by year_no desc, agency_id").param("agencies", agencyIds).query(EvaluationStore::head).list());
    }

    private List<EvaluationTemplate> templates(List<EvaluationTemplate> heads) {
        if (heads.isEmpty()) {
            return heads;
        }
        Map<Long, List<EvaluationTemplate.Criterion>> criteria = new LinkedHashMap<>();
        jdbc.sql("select * from evaluation_criterion where template_id in (:ids) order by template_id, seq_no")
                .param("ids", heads.stream().map(EvaluationTemplate::id).toList())
                .query(rs -> {
                    criteria.computeIfAbsent(rs.getLong("template_id"), k -> new ArrayList<>())
                            .add(new EvaluationTemplate.Criterion(rs.getLong("id"), rs.getInt("seq_no"),
                                    rs.getString("description"), rs.getBigDecimal("max_points")));
                });
        return heads.stream().map(h -> new EvaluationTemplate(h.id(), h.agencyId(), h.year(), h.name(), h.passMark(),
                criteria.getOrDefault(h.id(), List.of()))).toList();
    }

    static EvaluationTemplate head(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new EvaluationTemplate(rs.getLong("id"), rs.getLong("agency_id"), rs.getInt("year_no"),
                rs.getString("name"), rs.getBigDecimal("pass_mark"), List.of());
    }

    public long insertEvaluation(long caseId, long templateId, LocalDate on, String evaluator, BigDecimal total,
            boolean passed, String remarks, List<CaseFileEvaluation.Score> scores, Long by) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into case_file_evaluation (case_id, template_id, evaluated_on, evaluator, total, passed,"
                + " remarks, created_by, created_at) values (?,?,?,?,?,?,?,?,?)")
                .params(caseId, templateId, on, evaluator, total, passed, remarks, by, OffsetDateTime.now(clock))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        for (CaseFileEvaluation.Score s : scores) {
            jdbc.sql("insert into evaluation_score (evaluation_id, criterion_id, points, note) values (?,?,?,?)")
                    .params(id, s.criterionId(), s.points(), s.note()).update();
        }
        return id;
    }

    public List<CaseFileEvaluation> ofCase(long caseId) {
        return evaluations(jdbc.sql("select * from case_file_evaluation where case_id = ? order by evaluated_on, id")
                .param(caseId).query(EvaluationStore::evaluation).list());
    }

    public List<CaseFileEvaluation> ofAgencies(Collection<Long> agencyIds, LocalDate from, LocalDate to) {
        if (agencyIds.isEmpty()) {
            return List.of();
        }
        return evaluations(jdbc.sql("select e.* from case_file_evaluation e join enforcement_case c on c.id = e.case_id"
                + " where c.agency_id in (:agencies) and e.evaluated_on between :from and :to"
                + " order by e.evaluated_on desc, e.id desc").param("agencies", agencyIds).param("from", from)
                .param("to", to).query(EvaluationStore::evaluation).list());
    }

    private List<CaseFileEvaluation> evaluations(List<CaseFileEvaluation> heads) {
        if (heads.isEmpty()) {
            return heads;
        }
        Map<Long, List<CaseFileEvaluation.Score>> scores = new LinkedHashMap<>();
        jdbc.sql("select * from evaluation_score where evaluation_id in (:ids) order by evaluation_id, criterion_id")
                .param("ids", heads.stream().map(CaseFileEvaluation::id).toList())
                .query(rs -> {
                    scores.computeIfAbsent(rs.getLong("evaluation_id"), k -> new ArrayList<>())
                            .add(new CaseFileEvaluation.Score(rs.getLong("criterion_id"), rs.getBigDecimal("points"),
                                    rs.getString("note")));
                });
        return heads.stream().map(h -> new CaseFileEvaluation(h.id(), h.caseId(), h.templateId(), h.evaluatedOn(),
                h.evaluator(), h.total(), h.passed(), h.remarks(), scores.getOrDefault(h.id(), List.of()))).toList();
    }

    static CaseFileEvaluation evaluation(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new CaseFileEvaluation(rs.getLong("id"), rs.getLong("case_id"), rs.getLong("template_id"),
                Rows.date(rs, "evaluated_on"), rs.getString("evaluator"), rs.getBigDecimal("total"),
                rs.getBoolean("passed"), rs.getString("remarks"), List.of());
    }
}
