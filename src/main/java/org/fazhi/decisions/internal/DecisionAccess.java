package org.fazhi.decisions.internal;

import org.fazhi.decisions.MajorDecision;
import org.fazhi.review.LegalityReviews;
import org.fazhi.shared.NotFoundException;
import org.fazhi.units.DataScope;
import org.springframework.stereotype.Component;

/**
 * Who may see a major decision: the scope of the sponsoring unit, of the deciding government, and of a
 * review desk it was submitted to (the desk reads the draft and the procedure's record; it acts on the
 * decision only through the review). Everyone else gets 404. Also says whether the actor carries it.
 */
@Component
public class DecisionAccess {

    private final DecisionStore decisions;
    private final DataScope scope;
    private final LegalityReviews reviews;

    DecisionAccess(DecisionStore decisions, DataScope scope, LegalityReviews reviews) {
        this.decisions = decisions;
        this.scope = scope;
        this.reviews = reviews;
    }

    public boolean visible(MajorDecision d) {
        if (carries(d)) {
            return true;
        }
        return reviews.forSubject(MajorDecision.SUBJECT.ref(d.id())).stream().anyMatch(r -> scope.canSee(r.deskUnitId()));
    }

    /** Whether the actor works for the sponsoring unit or the deciding government. */
    public boolean carries(MajorDecision d) {
        return scope.canSee(d.unitId()) || scope.canSee(d.decidingUnitId());
    }

    /** Whether the actor works for the deciding government (whose meetings the decision goes to). */
    public boolean ofGovernment(MajorDecision d) {
        return scope.canSee(d.decidingUnitId());
    }

    public MajorDecision requireVisible(long id) {
        MajorDecision d = decisions.find(id).orElseThrow(() -> notFound(id));
        if (!visible(d)) {
            throw notFound(id);
        }
        return d;
    }

    /** The decision, its row locked for a step, if the actor may see it; else 404. */
    public MajorDecision lockVisible(long id) {
        MajorDecision d = decisions.lock(id).orElseThrow(() -> notFound(id));
        if (!visible(d)) {
            throw notFound(id);
        }
        return d;
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException(MajorDecision.SUBJECT.name(), id);
    }
}
