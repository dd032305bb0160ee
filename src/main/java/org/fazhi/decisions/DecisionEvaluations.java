package org.fazhi.decisions;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fazhi.decisions.internal.DecisionAccess;
import org.fazhi.decisions.internal.DecisionFacts;
import org.fazhi.decisions.internal.DecisionProcedure.Step;
import org.fazhi.decisions.internal.DecisionSteps;
import org.fazhi.decisions.internal.DecisionsRules;
import org.fazhi.decisions.internal.ImplementationStore;
import org.fazhi.shared.Actor;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.RefusedException;
import org.fazhi.shared.web.Allowed;
import org.fazhi.units.Units;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Post-evaluation of a decision being implemented (决策后评估, MD-10) when triggered: by a unit or a third
 * party other than those that did the argumentation or the risk assessment before the decision
 * (决策作出前承担主要论证评估工作的单位除外), with its report and conclusion.
 */
@Service
@Transactional
public class DecisionEvaluations {

    private final ImplementationStore store;
    private final DecisionSteps steps;
    private final DecisionAccess access;
    private final Units units;

    DecisionEvaluations(ImplementationStore store, DecisionSteps steps, DecisionAccess access, Units units) {
        this.store = store;
        this.steps = steps;
        this.access = access;
        this.units = units;
    }

    @Allowed.Drafters
    public DecisionEvaluation evaluate(long id, DecisionEvaluationRequest r) {
        DecisionSteps.Taken step = steps.take(id, Step.EVALUATE, null);
        String evaluator = evaluator(r);
        if (r.completedOn().isAfter(step.today())) {
            throw InvalidInputException.field("completedOn", "decisions.date.future");
        }
        DecisionFacts f = step.facts();
        boolean argued = f.argumentations().stream().anyMatch(a -> same(a.organiserUnitId(), a.organiserName(),
                r.evaluatorUnitId(), evaluator));
        boolean assessed = f.risks().stream().anyMatch(x -> same(x.assessorUnitId(), x.assessorName(),
                r.evaluatorUnitId(), evaluator));
        if (argued || assessed) {
            throw new RefusedException("evaluator-not-independent", "decisions.refused.evaluator-not-independent",
                    evaluator, DecisionsRules.POST_EVALUATION);
        }
        long evaluationId = store.evaluate(id, r, evaluator, Actor.current().userId());
        steps.complete(step, Map.of("evaluationId", evaluationId, "trigger", r.trigger(), "evaluator", evaluator,
                "conclusion", r.conclusion()));
        return store.evaluations(id).stream().filter(e -> e.id() == evaluationId).findFirst().orElseThrow();
    }

    @Transactional(readOnly = true)
    @Allowed.ProcedureReaders
    public List<DecisionEvaluation> ofDecision(long id) {
        access.requireVisible(id);
        return store.evaluations(id);
    }

    private String evaluator(DecisionEvaluationRequest r) {
        if (r.evaluatorUnitId() != null) {
            return units.find(r.evaluatorUnitId()).map(u -> u.name())
                    .orElseThrow(() -> InvalidInputException.field("evaluatorUnitId", "decisions.unit.unknown"));
        }
        if (r.evaluatorName() == null || r.evaluatorName().isBlank()) {
            throw InvalidInputException.field("evaluatorName", "decisions.text.required");
        }
        return r.evaluatorName().strip();
    }

    /** The same body: the same unit, or the same name (ignoring spaces and case). */
    private static boolean same(Long unitA, String nameA, Long unitB, String nameB) {
        if (unitA != null && unitA.equals(unitB)) {
            return true;
        }
        return norm(nameA).equals(norm(nameB)) && !norm(nameA).isEmpty();
    }

    private static String norm(String s) {
        return s == null ? "" : s.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }
}
