package org.fazhi.lists.internal;

import org.fazhi.lists.ListVersion;
import org.fazhi.lists.internal.ListProcedure.Step;
import org.fazhi.participation.ConsultationAction;
import org.fazhi.participation.ConsultationOwner;
import org.fazhi.participation.PublicConsultations;
import org.fazhi.shared.SubjectRef;
import org.fazhi.shared.SubjectType;
import org.fazhi.shared.procedure.Refusal;
import org.fazhi.shared.procedure.StepCheck;
import org.springframework.stereotype.Component;

/**
 * List adjustments as the owner of their consultations: a consultation is visible to whoever may see
 * the version, and its staff steps are the adjustment's own — entering a comment only while the draft
 * is out for comment, answering and moderating comments until the adjustment is published or withdrawn,
 * both only by the list's unit (the same gates as the version's page), and a contact revealed only to
 * the list's unit.
 */
@Component
class ListConsultationOwner implements ConsultationOwner {

    private final ListAccess access;
    private final ListFactsReader facts;
    private final ListSteps steps;

    ListConsultationOwner(ListAccess access, ListFactsReader facts, ListSteps steps) {
        this.access = access;
        this.facts = facts;
        this.steps = steps;
    }

    @Override
    public SubjectType subjectType() {
        return ListVersion.SUBJECT;
    }

    @Override
    public void requireVisible(SubjectRef subject) {
        access.requireVisible(subject.longId());
    }

    @Override
    public StepCheck check(SubjectRef subject, ConsultationAction action) {
        String name = PublicConsultations.stepName(action);
        if (action == ConsultationAction.REVEAL_CONTACT) {
            ListVersion v = access.requireVisible(subject.longId());
            return access.keeps(v) ? StepCheck.allowed(name) : StepCheck.refused(name, notListUnit());
        }
        return ListProcedure.PROCEDURE.refusal(step(action), facts.read(subject.longId()))
                .map(r -> StepCheck.refused(name, r)).orElseGet(() -> StepCheck.allowed(name));
    }

    @Override
    public void authorize(SubjectRef subject, ConsultationAction action) {
        if (action == ConsultationAction.REVEAL_CONTACT) {
            ListVersion v = access.requireVisible(subject.longId());
            if (!access.keeps(v)) {
                throw notListUnit().exception();
            }
            return;
        }
        steps.take(subject.longId(), step(action), null);
    }

    private static Step step(ConsultationAction action) {
        return action == ConsultationAction.ENTER_COMMENT ? Step.ENTER_COMMENT : Step.DISPOSE_COMMENT;
    }

    private static Refusal notListUnit() {
        return Refusal.of("not-list-unit", "lists.refused.not-list-unit");
    }
}
