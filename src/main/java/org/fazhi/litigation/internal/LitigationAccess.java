package org.fazhi.litigation.internal;

import org.fazhi.litigation.LitigationCase;
import org.fazhi.shared.NotFoundException;
import org.fazhi.units.DataScope;
import org.springframework.stereotype.Component;

/** Who may see a suit: the defendant unit's scope (it and the units above it). Everyone else gets 404. */
@Component
public class LitigationAccess {

    private final LitigationStore cases;
    private final DataScope scope;

    LitigationAccess(LitigationStore cases, DataScope scope) {
        this.cases = cases;
        this.scope = scope;
    }

    public boolean visible(LitigationCase c) {
        return scope.canSee(c.unitId());
    }

    public LitigationCase requireVisible(long id) {
        LitigationCase c = cases.find(id).orElseThrow(() -> notFound(id));
        if (!visible(c)) {
            throw notFound(id);
        }
        return c;
    }

    public LitigationCase lockVisible(long id) {
        LitigationCase c = cases.lock(id).orElseThrow(() -> notFound(id));
        if (!visible(c)) {
            throw notFound(id);
        }
        return c;
    }

    static NotFoundException notFound(long id) {
        return new NotFoundException(LitigationCase.SUBJECT.name(), id);
    }
}
