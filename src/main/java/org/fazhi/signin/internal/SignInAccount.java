package org.fazhi.signin.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.fazhi.units.Role;

/**
 * An account as sign-in sees it: who it is (kept by units) and its sign-in state (kept here). A
 * {@code serviceAccount} is a system's account for system-to-system API calls: no console sign-in, no
 * password use, only tokens issued for it. An account {@code activationPending} was handed over to an
 * administrator role and cannot sign in until an administrator of that role activates it.
 */
public record SignInAccount(Long id, String username, String displayName, Long unitId, Role adminRole,
        Set<Role> businessRoles, String passwordHash, Instant passwordChangedAt, boolean mustChangePassword,
        boolean enabled, int failedAttempts, Instant firstFailureAt, Instant lockedUntil, Instant lastLoginAt,
        LocalDate expiresOn, boolean serviceAccount, boolean activationPending) {

    public SignInAccount {
        businessRoles = businessRoles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(businessRoles);
    }

    public Set<Role> roles() {
        Set<Role> all = EnumSet.noneOf(Role.class);
        all.addAll(businessRoles);
        if (adminRole != null) {
            all.add(adminRole);
        }
        return all;
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public boolean expiredOn(LocalDate today) {
        return expiresOn != null && today.isAfter(expiresOn);
    }

    @Override
    public String toString() {
        return "SignInAccount[" + id + ", " + username + "]";
    }
}
