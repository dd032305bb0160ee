package org.fazhi.signin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fazhi.audit.AuditLog;
import org.fazhi.shared.Actor;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.InvalidInputException.FieldProblem;
import org.fazhi.shared.NotFoundException;
import org.fazhi.signin.internal.CredentialStore;
import org.fazhi.signin.internal.PasswordPolicy;
import org.fazhi.signin.internal.SecuritySettings;
import org.fazhi.signin.internal.SignInAccount;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A signed-in user's own password (SECURITY.md AUTH-02, AUTH-03): the current one must match, the
 * new one must follow the policy and differ from the last {@code history} passwords; a change revokes
 * the account's API tokens. A refused change is audited (the audit entry survives the refusal).
 */
@Service
public class Passwords {

    /** The audit entity of an account, as units writes it. */
    private static final String ENTITY = "user";

    private final CredentialStore store;
    private final AuditLog audit;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final SecuritySettings settings;
    private final ApiTokens tokens;

    Passwords(CredentialStore store, AuditLog audit, PasswordEncoder encoder, PasswordPolicy policy,
            SecuritySettings settings, ApiTokens tokens) {
        this.store = store;
        this.audit = audit;
        this.encoder = encoder;
        this.policy = policy;
        this.settings = settings;
        this.tokens = tokens;
    }

    @Transactional(noRollbackFor = InvalidInputException.class)
    public void changeOwnPassword(String currentPassword, String newPassword) {
        Long self = Actor.current().userId();
        if (self == null) {
            throw new NotFoundException(ENTITY, "self");
        }
        SignInAccount account = store.find(self).orElseThrow(() -> new NotFoundException(ENTITY, self));
        List<FieldProblem> problems = new ArrayList<>();
        if (currentPassword == null || !encoder.matches(currentPassword, account.passwordHash())) {
            problems.add(new FieldProblem("currentPassword", "password.current.wrong", null));
        }
        policy.violations(newPassword, account.username())
                .forEach(key -> problems.add(new FieldProblem("newPassword", key,
                        new Object[] {settings.password().staffMinLength(), settings.password().minCharacterClasses()})));
        if (problems.isEmpty() && store.recentPasswordHashes(self, settings.password().history()).stream()
                .anyMatch(h -> encoder.matches(newPassword, h))) {
            problems.add(new FieldProblem("newPassword", "password.rule.history",
                    new Object[] {settings.password().history()}));
        }
        if (!problems.isEmpty()) {
            audit.failure(ENTITY, self, "change-password", Map.of("username", account.username()));
            throw new InvalidInputException(400, "invalid-password", "problem.invalid-input", problems);
        }
        store.changePassword(self, encoder.encode(newPassword), false);
        audit.action(ENTITY, self, "change-password", Map.of("username", account.username()));
        tokens.revokeAll(self, "password-change");
    }
}
