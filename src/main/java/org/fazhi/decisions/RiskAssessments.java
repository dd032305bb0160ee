package org.fazhi.decisions;

import java.util.List;
import java.util.Map;
import org.fazhi.decisions.internal.DecisionAccess;
import org.fazhi.decisions.internal.DecisionProcedure.Step;
import org.fazhi.decisions.internal.DecisionSteps;
import org.fazhi.decisions.internal.PollStore;
import org.fazhi.shared.Actor;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.web.Allowed;
import org.fazhi.units.Units;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Risk assessment (风险评估, MD-05) where a decision may affect social stability or public safety: the
 * report with its risk points, level, measures and response plan, and whether the risk is
 * controllable — the draft goes on only when it is.
 */
@Service
@Transactional
public class RiskAssessments {

    private final PollStore store;
    private final DecisionSteps steps;
    private final DecisionAccess access;
    private final Units units;

    RiskAssessments(PollStore store, DecisionSteps steps, DecisionAccess access, Units units) {
        this.store = store;
        this.steps = steps;
        this.access = access;
        this.units = units;
    }

    @Allowed.Drafters
    public RiskAssessment record(long id, RiskAssessmentRequest r) {
        DecisionSteps.Taken step = steps.take(id, Step.RECORD_RISK_ASSESSMENT, null);
        String assessor = assessor(r);
        if (r.concludedOn().isAfter(step.today())) {
            throw InvalidInputException.field("concludedOn", "decisions.date.future");
        }
        long riskId = store.risk(id, step.decision().roundNo(), r, assessor, Actor.current().userId());
        steps.complete(step, Map.of("riskAssessmentId", riskId, "level", r.level(), "controllable", r.controllable(),
                "assessor", assessor));
        return store.risks(id).stream().filter(x -> x.id() == riskId).findFirst().orElseThrow();
    }

    @Transactional(readOnly = true)
    @Allowed.ProcedureReaders
    public List<RiskAssessment> ofDecision(long id) {
        access.requireVisible(id);
        return store.risks(id);
    }

    private String assessor(RiskAssessmentRequest r) {
        if (r.assessorUnitId() != null) {
            return units.find(r.assessorUnitId()).map(u -> u.name())
                    .orElseThrow(() -> InvalidInputException.field("assessorUnitId", "decisions.unit.unknown"));
        }
        if (r.assessorName() == null || r.assessorName().isBlank()) {
            throw InvalidInputException.field("assessorName", "decisions.text.required");
        }
        return r.assessorName().strip();
    }
}
