package org.fazhi.rules.internal;

import java.util.EnumSet;
import java.util.HashSet;
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
 * Who may set the locality's values of a rule, which bind every unit of the deployment: the system
 * administrator, or the rule-of-law office of a county or higher unit (not a township's office).
 */
@Component
class RuleEditor {

    private static final Set<UnitLevel> LEVELS = EnumSet.of(UnitLevel.PROVINCE, UnitLevel.CITY, UnitLevel.COUNTY);

    private final Units units;

    RuleEditor(Units units) {
        this.units = units;
    }

    boolean mayEdit() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null) {
            return false;
        }
        Set<String> authorities = new HashSet<>();
        auth.getAuthorities().forEach(a -> authorities.add(a.getAuthority()));
        if (authorities.contains(Role.SYSTEM_ADMIN.authority())) {
            return true;
        }
        return authorities.contains(Role.RULE_OF_LAW_OFFICE.authority())
                && units.find(Actor.current().unitId()).map(u -> LEVELS.contains(u.level())).orElse(false);
    }

    void require() {
        if (!mayEdit()) {
            throw new AccessDeniedException("rule overrides need a county-level rule-of-law office or the system administrator");
        }
    }
}
