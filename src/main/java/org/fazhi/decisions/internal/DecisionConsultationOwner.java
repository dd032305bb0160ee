package org.fazhi.decisions.internal;

import org.fazhi.decisions.MajorDecision;
import org.fazhi.decisions.internal.DecisionProcedure.Step;
import org.fazhi.participation.ConsultationAction;
import org.fazhi.participation.ConsultationOwner;
import org.fazhi.participation.PublicConsultations;
import org.fazhi.shared.SubjectRef;
import org.fazhi.shared.SubjectType;
import org.fazhi.shared.procedure.StepCheck;
import org.springframework.stereotype.Component;

/**
 * Major decisions as the owner of their consultations (MD-02): visible to whoever may see the
 * decision; comments entered while the draft is open for comment, answered and moderated until the
 * draft goes to the meeting, and contacts revealed, by those who carry the decision — its own
 * procedure's steps and gates.
 */
@Component
class DecisionConsultationOwner implements ConsultationOwner {

    private final DecisionAccess access;
    private final DecisionFactsReader facts;
    private final DecisionSteps steps;

    DecisionConsultationOwner(DecisionAccess access, DecisionFactsReader facts, DecisionSteps steps) {
        this.access = access;
        this.facts = facts;
        this.steps = steps;
    }

    @Override
    public SubjectType subjectType() {
        return MajorDecision.SUBJECT;
    }

    @Override
    public void requireVisible(SubjectRef subject) {
        access.requireVisible(subject.longId());
    }

    @Override
    public StepCheck check(SubjectRef subject, ConsultationAction action) {
        String name = PublicConsultations.stepName(action);
        return DecisionProcedure.PROCEDURE.refusal(step(action), facts.read(subject.longId()))
                .map(r -> StepCheck.refused(name, r)).orElseGet(() -> StepCheck.allowed(name));
    }

    @Override
    public void authorize(SubjectRef subject, ConsultationAction action) {
        if (action == ConsultationAction.REVEAL_CONTACT) {
            DecisionProcedure.PROCEDURE.refusal(Step.DISPOSE_COMMENT, facts.read(subject.longId()))
                    .filter(r -> r.code().equals("role") || r.code().equals("not-sponsoring-unit"))
                    .ifPresent(r -> {
                        throw r.exception();
                    });
            return;
        }
        steps.take(subject.longId(), step(action), null);
    }

    private static Step step(ConsultationAction action) {
        return action == ConsultationAction.ENTER_COMMENT ? Step.ENTER_COMMENT : Step.DISPOSE_COMMENT;
    }
}
