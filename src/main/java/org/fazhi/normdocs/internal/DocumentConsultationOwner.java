package org.fazhi.normdocs.internal;

import org.fazhi.normdocs.NormativeDocument;
import org.fazhi.normdocs.internal.DocumentProcedure.Step;
import org.fazhi.participation.ConsultationAction;
import org.fazhi.participation.ConsultationOwner;
import org.fazhi.participation.PublicConsultations;
import org.fazhi.shared.SubjectRef;
import org.fazhi.shared.SubjectType;
import org.fazhi.shared.procedure.Refusal;
import org.fazhi.shared.procedure.StepCheck;
import org.springframework.stereotype.Component;

/**
 * Normative documents as the owner of their consultations: a consultation is visible to whoever may
 * see the document, and its staff steps are the document's own — entering a comment only while the
 * document is in consultation, answering and moderating comments until it is published or withdrawn,
 * both only by the drafting unit (the same gates as the document page), and a contact revealed only
 * to the drafting unit.
 */
@Component
class DocumentConsultationOwner implements ConsultationOwner {

    private final DocumentAccess access;
    private final DocumentFactsReader facts;
    private final DocumentSteps steps;

    DocumentConsultationOwner(DocumentAccess access, DocumentFactsReader facts, DocumentSteps steps) {
        this.access = access;
        this.facts = facts;
        this.steps = steps;
    }

    @Override
    public SubjectType subjectType() {
        return NormativeDocument.SUBJECT;
    }

    @Override
    public void requireVisible(SubjectRef subject) {
        access.requireVisible(subject.longId());
    }

    @Override
    public StepCheck check(SubjectRef subject, ConsultationAction action) {
        String name = PublicConsultations.stepName(action);
        if (action == ConsultationAction.REVEAL_CONTACT) {
            NormativeDocument d = access.requireVisible(subject.longId());
            return access.canDraft(d) ? StepCheck.allowed(name) : StepCheck.refused(name, notDraftingUnit());
        }
        return DocumentProcedure.PROCEDURE.refusal(step(action), facts.read(subject.longId()))
                .map(r -> StepCheck.refused(name, r)).orElseGet(() -> StepCheck.allowed(name));
    }

    @Override
    public void authorize(SubjectRef subject, ConsultationAction action) {
        if (action == ConsultationAction.REVEAL_CONTACT) {
            NormativeDocument d = access.requireVisible(subject.longId());
            if (!access.canDraft(d)) {
                throw notDraftingUnit().exception();
            }
            return;
        }
        steps.take(subject.longId(), step(action), null);
    }

    private static Step step(ConsultationAction action) {
        return action == ConsultationAction.ENTER_COMMENT ? Step.ENTER_COMMENT : Step.DISPOSE_COMMENT;
    }

    private static Refusal notDraftingUnit() {
        return Refusal.of("not-drafting-unit", "normdocs.refused.not-drafting-unit");
    }

}
