package org.fazhi.disputes.internal;

import org.fazhi.disputes.MediationCase;
import org.fazhi.disputes.MediationOrg;
import org.fazhi.disputes.Disputes;
import org.fazhi.shared.NotFoundException;
import org.fazhi.units.DataScope;
import org.springframework.stereotype.Component;

/**
 * Who may see a committee and its cases: the scope of the committee's unit (a township sees the
 * committees of its villages, the county all of them). Everyone else gets 404.
 */
@Component
public class DisputesAccess {

    private final MediationStore store;
    private final DataScope scope;

    DisputesAccess(MediationStore store, DataScope scope) {
        this.store = store;
        this.scope = scope;
    }

    public MediationOrg requireOrg(long id) {
        MediationOrg o = store.org(id).orElseThrow(() -> new NotFoundException(Disputes.ORG.name(), id));
        if (!scope.canSee(o.unitId())) {
            throw new NotFoundException(Disputes.ORG.name(), id);
        }
        return o;
    }

    public MediationCase requireCase(long id) {
        MediationCase c = store.mediationCase(id)
                .orElseThrow(() -> new NotFoundException(MediationCase.SUBJECT.name(), id));
        if (!scope.canSee(c.unitId())) {
            throw new NotFoundException(MediationCase.SUBJECT.name(), id);
        }
        return c;
    }

    public MediationCase lockCase(long id) {
        MediationCase c = store.lockCase(id).orElseThrow(() -> new NotFoundException(MediationCase.SUBJECT.name(), id));
        if (!scope.canSee(c.unitId())) {
            throw new NotFoundException(MediationCase.SUBJECT.name(), id);
        }
        return c;
    }

    public boolean canSee(Long unitId) {
        return scope.canSee(unitId);
    }
}
