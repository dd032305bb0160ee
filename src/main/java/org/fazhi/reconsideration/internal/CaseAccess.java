package org.fazhi.reconsideration.internal;

import org.fazhi.reconsideration.ReconsiderationCase;
import org.fazhi.shared.NotFoundException;
import org.fazhi.units.DataScope;
import org.springframework.stereotype.Component;

/**
 * Who may see a case: the scope of the unit that handles it (the 行政复议机构 and the units above it)
 * and the scope of the respondent (it receives the copy and answers). Everyone else gets 404. Also
 * says whether the actor handles the case or answers for the respondent (the gates read that).
 */
@Component
public class CaseAccess {

    private final CaseStore cases;
    private final DataScope scope;

    CaseAccess(CaseStore cases, DataScope scope) {
        this.cases = cases;
        this.scope = scope;
    }

    public boolean visible(ReconsiderationCase c) {
        return handles(c) || respondent(c);
    }

    public boolean handles(ReconsiderationCase c) {
        return scope.canSee(c.unitId());
    }

    public boolean respondent(ReconsiderationCase c) {
        return scope.canSee(c.respondentUnitId());
    }

    public ReconsiderationCase requireVisible(long id) {
        ReconsiderationCase c = cases.find(id).orElseThrow(() -> notFound(id));
        if (!visible(c)) {
            throw notFound(id);
        }
        return c;
    }

    /** The case, its row locked for a step, if the actor may see it; else 404. */
    public ReconsiderationCase lockVisible(long id) {
        ReconsiderationCase c = cases.lock(id).orElseThrow(() -> notFound(id));
        if (!visible(c)) {
            throw notFound(id);
        }
        return c;
    }

    static NotFoundException notFound(long id) {
        return new NotFoundException(ReconsiderationCase.SUBJECT.name(), id);
    }
}
