package org.fazhi.units.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.fazhi.units.Role;
import org.fazhi.units.SecurityLevel;
import org.fazhi.units.UserSummary;

/**
 * A stored user account with its sign-in state. A {@code serviceAccount} is a system's account for
 * system-to-system API calls: no console sign-in, no password use, only tokens issued for it. An
 * account {@code activationPending} was handed over to an administrator role and cannot sign in until
 * an administrator of that role activates it. Its {@code clearance} (AC-07) is set by the security
 * administrator.
 */
public record UserAccount(Long id, String username, String displayName, Long unitId, String staffNo, String phone,
        Role adminRole, Set<Role> businessRoles, String passwordHash, Instant passwordChangedAt,
        boolean mustChangePassword, boolean enabled, int failedAttempts, Instant firstFailureAt, Instant lockedUntil,
        Instant lastLoginAt, LocalDate expiresOn, boolean serviceAccount, boolean activationPending,
        SecurityLevel clearance) {

    public UserAccount {
        businessRoles = businessRoles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(businessRoles);
        clearance = clearance == null ? SecurityLevel.INTERNAL : clearance;
    }

    /** A new account with the default clearance (内部). */
    public UserAccount(Long id, String username, String displayName, Long unitId, String staffNo, String phone,
            Role adminRole, Set<Role> businessRoles, String passwordHash, Instant passwordChangedAt,
            boolean mustChangePassword, boolean enabled, int failedAttempts, Instant firstFailureAt,
            Instant lockedUntil, Instant lastLoginAt, LocalDate expiresOn, boolean serviceAccount,
            boolean activationPending) {
        this(id, username, displayName, unitId, staffNo, phone, adminRole, businessRoles, passwordHash,
                passwordChangedAt, mustChangePassword, enabled, failedAttempts, firstFailureAt, lockedUntil,
                lastLoginAt, expiresOn, serviceAccount, activationPending, SecurityLevel.INTERNAL);
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

    public UserSummary summary() {
        return new UserSummary(id, username, displayName, unitId, roles(), enabled);
    }
}
