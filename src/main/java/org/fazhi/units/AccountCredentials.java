package org.fazhi.units;

import java.util.List;

/**
 * What account management asks of the sign-in module about an account's credentials. Units keeps
 * the accounts (who they are, their unit and roles); the sign-in module keeps how they prove it
 * (passwords and their history, the second factor, API tokens, lock-out) and implements this, so
 * that units never needs the sign-in module's types.
 */
public interface AccountCredentials {

    /** A new random password that follows the staff password policy, for the system to issue. */
    String generatePassword();

    /** The password-policy message keys {@code password} breaks for {@code username}; empty when it passes. */
    List<String> violations(String password, String username);

    /** The stored form of {@code password} (a salted, slow hash). */
    String hash(String password);

    /**
     * Gives the account a password issued by the system: it must be changed at the next sign-in,
     * goes into the password history, and lifts a lock.
     */
    void issue(long userId, String password);

    /**
     * The account changes hands (handover to an administrator role): its password stops working, its
     * second factor is forgotten and a lock is lifted. Tokens are revoked separately.
     */
    void makeUnusable(long userId);

    /** Lifts a lock-out after failed passwords or codes. */
    void unlock(long userId);

    /** Revokes every API token of the account, giving {@code reason} in the audit log. */
    void revokeTokens(long userId, String reason);
}
