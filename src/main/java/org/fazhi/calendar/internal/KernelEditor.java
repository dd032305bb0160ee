package org.fazhi.calendar.internal;

import java.util.EnumSet;
import java.util.Set;
import org.fazhi.shared.Actor;
import org.fazhi.units.Role;
import org.fazhi.units.UnitLevel;
import org.fazhi.units.Units;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who may change the calendar, which every unit of the deployment counts on: the system
 * administrator, or the rule-of-law office of a county or higher unit (a township's office keeps
 * its own work, not the calendar of the whole locality).
 */
@Component
class KernelEditor {

    private static final Set<UnitLevel> LEVELS = EnumSet.of(UnitLevel.PROVINCE, UnitLevel.CITY, UnitLevel.COUNTY);

    private final Units units;

    KernelEditor(Units units) {
        this.units = units;
    }

    boolean mayEdit() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null) {
            return false;
        }
        Set<String> authorities = new java.util.HashSet<>();
        auth.getAuthorities().forEach(a -> authorities.add(a.getAuthority()));
        if (authorities.contains(Role.SYSTEM_ADMIN.authority())) {
            return true;
        }
        if (!authorities.contains(Role.RULE_OF_LAW_OFFICE.authority())) {
            return false;
        }
        return units.find(Actor.current().unitId()).map(u -> LEVELS.contains(u.level())).orElse(false);
    }

    void require() {
        if (!mayEdit()) {
            throw new AccessDeniedException("calendar editing needs a county-level rule-of-law office or the system administrator");
        }
    }
}
