package org.fazhi.signin.internal;

import java.util.List;
import org.fazhi.signin.ApiTokens;
import org.fazhi.units.AccountCredentials;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** The sign-in side of account management (units asks through {@link AccountCredentials}). */
@Component
class Credentials implements AccountCredentials {

    private final CredentialStore store;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final ApiTokens tokens;

    Credentials(CredentialStore store, PasswordEncoder encoder, PasswordPolicy policy, ApiTokens tokens) {
        this.store = store;
        this.encoder = encoder;
        this.policy = policy;
        this.tokens = tokens;
    }

    @Override
    public String generatePassword() {
        return policy.generate();
    }

    @Override
    public List<String> violations(String password, String username) {
        return policy.violations(password, username);
    }

    @Override
    public String hash(String password) {
        return encoder.encode(password);
    }

    @Override
    public void issue(long userId, String password) {
        store.changePassword(userId, encoder.encode(password), true);
        store.unlock(userId);
    }

    @Override
    public void makeUnusable(long userId) {
        // a password nobody knows, so that whoever knew the old one cannot use the account
        store.makeUnusable(userId, encoder.encode(policy.generate() + policy.generate()));
    }

    @Override
    public void unlock(long userId) {
        store.unlock(userId);
    }

    @Override
    public void revokeTokens(long userId, String reason) {
        tokens.revokeAll(userId, reason);
    }
}
