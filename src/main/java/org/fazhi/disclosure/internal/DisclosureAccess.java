package org.fazhi.disclosure.internal;

import org.fazhi.disclosure.DisclosureRequest;
import org.fazhi.shared.NotFoundException;
import org.fazhi.units.DataScope;
import org.springframework.stereotype.Component;

/** Who may see a request: the scope of the unit asked. Everyone else gets 404. */
@Component
public class DisclosureAccess {

    private final RequestStore store;
    private final DataScope scope;

    DisclosureAccess(RequestStore store, DataScope scope) {
        this.store = store;
        this.scope = scope;
    }

    public DisclosureRequest require(long id) {
        DisclosureRequest r = store.request(id).orElseThrow(() -> notFound(id));
        if (!scope.canSee(r.unitId())) {
            throw notFound(id);
        }
        return r;
    }

    public DisclosureRequest lock(long id) {
        DisclosureRequest r = store.lock(id).orElseThrow(() -> notFound(id));
        if (!scope.canSee(r.unitId())) {
            throw notFound(id);
        }
        return r;
    }

    public boolean canSee(Long unitId) {
        return scope.canSee(unitId);
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException(DisclosureRequest.SUBJECT.name(), id);
    }
}
