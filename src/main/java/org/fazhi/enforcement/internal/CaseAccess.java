package org.fazhi.enforcement.internal;

import org.fazhi.enforcement.EnforcementCase;
import org.fazhi.review.LegalityReviews;
import org.fazhi.shared.NotFoundException;
import org.fazhi.units.DataScope;
import org.springframework.stereotype.Component;

/**
 * Who may see a case: the scope of its unit (the agency, and the units above it), and the review desk
 * it was submitted to (the reviewer reads the case it reviews; it acts on it only through the review).
 * Everyone else gets 404.
 */
@Component
public class CaseAccess {

    private final CaseStore cases;
    private final DataScope scope;
    private final LegalityReviews reviews;

    CaseAccess(CaseStore cases, DataScope scope, LegalityReviews reviews) {
        this.cases = cases;
        this.scope = scope;
        this.reviews = reviews;
    }

    public boolean visible(EnforcementCase c) {
        if (scope.canSee(c.unitId())) {
            return true;
        }
        return reviews.forSubject(EnforcementCase.SUBJECT.ref(c.id())).stream()
                .anyMatch(r -> scope.canSee(r.deskUnitId()));
    }

    public EnforcementCase requireVisible(long id) {
        EnforcementCase c = cases.find(id).orElseThrow(() -> notFound(id));
        if (!visible(c)) {
            throw notFound(id);
        }
        return c;
    }

    /** The case, its row locked for a step, if the actor may see it; else 404. */
    public EnforcementCase lockVisible(long id) {
        EnforcementCase c = cases.lock(id).orElseThrow(() -> notFound(id));
        if (!visible(c)) {
            throw notFound(id);
        }
        return c;
    }

    /** Whether the actor works in the case's unit scope (carries it rather than reviews it). */
    public boolean ofActorsUnits(EnforcementCase c) {
        return scope.canSee(c.unitId());
    }

    public static NotFoundException notFound(long id) {
        return new NotFoundException(EnforcementCase.SUBJECT.name(), id);
    }
}
