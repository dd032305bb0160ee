package org.fazhi.enforcement;

import java.time.LocalDate;

/**
 * A power item (权力事项) of the power list as enforcement reads it: its reference in the list, the
 * unit that exercises it, code, name, kind of action, legal basis and the period it is in force.
 */
public record PowerItem(String ref, Long unitId, String code, String name, ActionKind kind, String basis,
        LocalDate inForceFrom, LocalDate inForceTo) {

    public boolean inForceOn(LocalDate date) {
        return !inForceFrom.isAfter(date) && (inForceTo == null || !inForceTo.isBefore(date));
    }
}
