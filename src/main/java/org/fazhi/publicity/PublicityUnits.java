package org.fazhi.publicity;

import org.fazhi.shared.InvalidInputException;
import org.fazhi.units.DataScope;
import org.fazhi.units.Unit;
import org.fazhi.units.UnitKind;
import org.fazhi.units.Units;
import org.springframework.stereotype.Component;

/**
 * The unit a record is for, checked once for every service of the module: it exists and lies in the actor's
 * scope (otherwise the field is refused as unknown — a unit outside the scope cannot be probed), and is a
 * village where the record belongs to a village.
 */
@Component
class PublicityUnits {

    private final Units units;
    private final DataScope scope;

    PublicityUnits(Units units, DataScope scope) {
        this.units = units;
        this.scope = scope;
    }

    Unit inScope(Long id, String field) {
        if (id == null || !scope.canSee(id)) {
            throw InvalidInputException.field(field, "publicity.unit.unknown");
        }
        return units.find(id).orElseThrow(() -> InvalidInputException.field(field, "publicity.unit.unknown"));
    }

    Unit village(Long id, String field) {
        Unit u = inScope(id, field);
        if (u.kind() != UnitKind.VILLAGE_COMMITTEE) {
            throw InvalidInputException.field(field, "publicity.unit.not-village", u.name());
        }
        return u;
    }

    String name(Long id) {
        return units.name(id);
    }
}
