package org.fazhi.enforcement;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.fazhi.audit.AuditLog;
import org.fazhi.enforcement.internal.AgencyAccess;
import org.fazhi.enforcement.internal.CaseAccess;
import org.fazhi.enforcement.internal.EvaluationStore;
import org.fazhi.shared.Actor;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.NotFoundException;
import org.fazhi.shared.RefusedException;
import org.fazhi.shared.web.Allowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Case-file evaluation (案卷评查, seed 002: 81 files in a year; seed 004 §7): a scoring template per agency
 * and year, set by the 法治办; a closed case file scored on every criterion within its maximum, the
 * total against the pass mark.
 */
@Service
@Transactional
public class CaseFileEvaluations {

    private final EvaluationStore store;
    private final AgencyAccess agencies;
    private final CaseAccess cases;
    private final AuditLog audit;
    private final Clock clock;

    CaseFileEvaluations(EvaluationStore store, AgencyAccess agencies, CaseAccess cases, AuditLog audit, Clock clock) {
        this.store = store;
        this.agencies = agencies;
        this.cases = cases;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @Allowed.Staff
    public List<EvaluationTemplate> templates() {
        return store.templates(agencies.visibleIds());
    }

    @Transactional(readOnly = true)
    @Allowed.Staff
    public List<CaseFileEvaluation> ofCase(long caseId) {
        cases.requireVisible(caseId);
        return store.ofCase(caseId);
    }

    @Transactional(readOnly = true)
    @Allowed.Staff
    public List<CaseFileEvaluation> list(int year) {
        return store.ofAgencies(agencies.visibleIds(), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** The template of the agency's year, if set (the case page offers it). */
    @Transactional(readOnly = true)
    public java.util.Optional<EvaluationTemplate> templateFor(long agencyId, int year) {
        return store.template(agencyId, year);
    }

    /** Sets the template of an agency's year (one per agency and year). */
    @Allowed.RuleOfLawOffice
    public EvaluationTemplate setTemplate(TemplateRequest r) {
        agencies.require(r.agencyId());
        if (store.template(r.agencyId(), r.year()).isPresent()) {
            throw InvalidInputException.field("year", "enforcement.evaluation.template-exists", r.year());
        }
        List<EvaluationTemplate.Criterion> criteria = IntStream.range(0, r.criteria().size())
                .mapToObj(i -> new EvaluationTemplate.Criterion(null, i + 1, r.criteria().get(i).description().strip(),
                        r.criteria().get(i).maxPoints()))
                .toList();
        BigDecimal max = criteria.stream().map(EvaluationTemplate.Criterion::maxPoints).reduce(BigDecimal.ZERO,
                BigDecimal::add);
        if (r.passMark().compareTo(max) > 0) {
            throw InvalidInputException.field("passMark", "enforcement.evaluation.pass-mark-above-total", max);
        }
        long id = store.insertTemplate(r.agencyId(), r.year(), r.name().strip(), r.passMark(), criteria);
        EvaluationTemplate created = store.template(id).orElseThrow();
        audit.created("evaluation-template", id, created);
        return created;
    }

    /** Scores a closed case file on every criterion of its agency's template for the year evaluated. */
    @Allowed.RuleOfLawOffice
    public CaseFileEvaluation evaluate(long caseId, EvaluationRequest r) {
        EnforcementCase c = cases.requireVisible(caseId);
        if (c.status() != CaseStatus.CLOSED && c.status() != CaseStatus.ARCHIVED) {
            throw new RefusedException("case-not-closed", "enforcement.refused.evaluation-not-closed");
        }
        EvaluationTemplate template = store.template(r.templateId()).filter(t -> t.agencyId().equals(c.agencyId()))
                .orElseThrow(() -> InvalidInputException.field("templateId", "enforcement.evaluation.template-unknown"));
        LocalDate today = LocalDate.now(clock);
        LocalDate on = r.evaluatedOn() == null ? today : r.evaluatedOn();
        if (on.isAfter(today) || (c.closedOn() != null && on.isBefore(c.closedOn())) || on.getYear() != template.year()) {
            throw InvalidInputException.field("evaluatedOn", "enforcement.evaluation.date", template.year());
        }
        if (store.ofCase(caseId).stream().anyMatch(e -> e.templateId().equals(template.id()))) {
            throw new RefusedException("already-evaluated", "enforcement.refused.already-evaluated");
        }
        Set<Long> scored = new HashSet<>();
        List<CaseFileEvaluation.Score> scores = new ArrayList<>();
        for (EvaluationRequest.Score s : r.scores()) {
            EvaluationTemplate.Criterion criterion = template.criteria().stream()
                    .filter(x -> x.id().equals(s.criterionId())).findFirst()
                    .orElseThrow(() -> InvalidInputException.field("scores", "enforcement.evaluation.criterion-unknown"));
            if (!scored.add(criterion.id())) {
                throw InvalidInputException.field("scores", "enforcement.evaluation.criterion-twice", criterion.seqNo());
            }
            if (s.points().compareTo(criterion.maxPoints()) > 0) {
                throw InvalidInputException.field("scores", "enforcement.evaluation.points-above-max",
                        criterion.seqNo(), criterion.maxPoints());
            }
            scores.add(new CaseFileEvaluation.Score(criterion.id(), s.points(),
                    s.note() == null || s.note().isBlank() ? null : s.note().strip()));
        }
        if (scored.size() != template.criteria().size()) {
            throw InvalidInputException.field("scores", "enforcement.evaluation.criteria-missing");
        }
        BigDecimal total = scores.stream().map(CaseFileEvaluation.Score::points).reduce(BigDecimal.ZERO,
                BigDecimal::add);
        boolean passed = total.compareTo(template.passMark()) >= 0;
        long id = store.insertEvaluation(caseId, template.id(), on, r.evaluator().strip(), total, passed,
                r.remarks() == null || r.remarks().isBlank() ? null : r.remarks().strip(), scores,
                Actor.current().userId());
        CaseFileEvaluation created = store.ofCase(caseId).stream().filter(e -> e.id() == id).findFirst()
                .orElseThrow(() -> new NotFoundException("case-file-evaluation", id));
        audit.created("case-file-evaluation", id, created);
        return created;
    }
}
