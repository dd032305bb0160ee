package org.fazhi.enforcement;

import java.time.LocalDate;

/**
 * A power item (权力事项) of the power list as enforcement reads it: its id in the list (the same in
 * every version of the list), the unit that exercises it, code, name, kind of action, legal basis, and
 * the period it is in force (from {@code inForceFrom}; until the day before {@code inForceUntil}, open
 * while null).
 */
public record PowerItem(long id, long unitId, String code, String name, ActionKind kind, String basis,
        LocalDate inForceFrom, LocalDate inForceUntil) {

    public boolean inForceOn(LocalDate date) {
        return inForceFrom != null && !date.isBefore(inForceFrom) && (inForceUntil == null || date.isBefore(inForceUntil));
    }
}
