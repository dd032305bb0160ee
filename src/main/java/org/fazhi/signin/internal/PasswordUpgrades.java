package org.fazhi.signin.internal;

import java.util.Map;
import org.fazhi.audit.AuditLog;
import org.fazhi.shared.Actor;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.stereotype.Component;

/**
 * Replaces a password hash of an older scheme (bcrypt) or with fewer iterations than configured by the
 * current PBKDF2-HMAC-SM3 hash at the next successful sign-in, when the password is at hand
 * ({@link LockingAuthenticationProvider}). Only the hash changes: the password's age, its history and
 * the must-change flag stay as they were. Audited.
 */
@Component
class PasswordUpgrades implements UserDetailsPasswordService {

    private final CredentialStore users;
    private final AuditLog audit;

    PasswordUpgrades(CredentialStore users, AuditLog audit) {
        this.users = users;
        this.audit = audit;
    }

    @Override
    public UserDetails updatePassword(UserDetails user, String newPassword) {
        if (user instanceof FazhiUserDetails d) {
            upgrade(new Actor(d.userId(), d.getUsername(), d.unitId(), null), d.userId(), user.getPassword(),
                    newPassword);
        }
        return user;
    }

    /** Replaces {@code oldHash} (if it is still the account's) by {@code newHash}, audited as the account. */
    void upgrade(Actor actor, long userId, String oldHash, String newHash) {
        if (users.replaceHash(userId, oldHash, newHash)) {
            int brace = newHash.indexOf('}');
            audit.as(actor, "user", userId, "password-rehash", true,
                    Map.of("scheme", brace > 1 ? newHash.substring(1, brace) : "unknown"));
        }
    }
}
