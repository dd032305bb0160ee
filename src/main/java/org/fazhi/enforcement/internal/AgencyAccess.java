package org.fazhi.enforcement.internal;

import java.util.List;
import org.fazhi.enforcement.Agency;
import org.fazhi.shared.NotFoundException;
import org.fazhi.units.DataScope;
import org.springframework.stereotype.Component;

/** Who may see an agency's records: the scope of its unit (and the units above it). Else 404. */
@Component
public class AgencyAccess {

    private final AgencyStore agencies;
    private final DataScope scope;

    AgencyAccess(AgencyStore agencies, DataScope scope) {
        this.agencies = agencies;
        this.scope = scope;
    }

    public Agency require(long agencyId) {
        Agency a = agencies.find(agencyId).orElseThrow(() -> notFound(agencyId));
        if (!scope.canSee(a.unitId())) {
            throw notFound(agencyId);
        }
        return a;
    }

    public boolean visible(Agency a) {
        return scope.canSee(a.unitId());
    }

    /** The agencies whose units the actor may see. */
    public List<Agency> visible() {
        return agencies.ofUnits(scope.visibleUnitIds());
    }

    public List<Long> visibleIds() {
        return visible().stream().map(Agency::id).toList();
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException(Agency.SUBJECT.name(), id);
    }
}
