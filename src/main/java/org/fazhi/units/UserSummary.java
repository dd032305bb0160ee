package org.fazhi.units;

import java.util.Set;

/** What other modules may know of a user account. */
public record UserSummary(Long id, String username, String displayName, Long unitId, Set<Role> roles,
        boolean enabled) {

    public UserSummary {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
