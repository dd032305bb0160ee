package org.fazhi.signin.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.OptionalLong;
import org.fazhi.audit.AuditLog;
import org.fazhi.shared.Actor;
import org.fazhi.shared.NotFoundException;
import org.fazhi.shared.RefusedException;
import org.fazhi.shared.web.Allowed;
import org.fazhi.signin.ApiTokens;
import org.fazhi.units.Role;
import org.fazhi.units.UserAccounts;
import org.fazhi.signin.internal.SecuritySettings.SecondFactor.RequiredFor;
import org.fazhi.signin.internal.CredentialStore.TotpState;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Service;

/**
 * The second sign-in factor (SECURITY.md AUTH-07): a TOTP secret per account, offered once at
 * enrolment and confirmed with a first code; each later console sign-in needs a fresh code. A
 * code is single-use (its time step must be later than the last accepted one), wrong codes lock
 * the account like wrong passwords (AUTH-04) and count against the address throttle, and every
 * outcome is audited without the secret or the code.
 */
@Service
public class SecondFactors {

    static final String ISSUER = "Fazhi";

    /** What a submitted code led to. */
    enum Outcome {
        ACCEPTED,
        /** wrong, reused, malformed, or throttled: the user is told the same thing */
        REFUSED,
        /** the account is (now) locked: the half-finished session ends */
        LOCKED
    }

    private final CredentialStore users;
    private final SecuritySettings settings;
    private final LoginThrottle throttle;
    private final AuditLog audit;
    private final Clock clock;
    private final UserAccounts accounts;
    private final ApiTokens tokens;
    private final SecureRandom random = new SecureRandom();

    SecondFactors(CredentialStore users, SecuritySettings settings, LoginThrottle throttle, AuditLog audit, Clock clock,
            UserAccounts accounts, ApiTokens tokens) {
        this.tokens = tokens;
        this.users = users;
        this.settings = settings;
        this.throttle = throttle;
        this.audit = audit;
        this.clock = clock;
        this.accounts = accounts;
    }

    /** Whether this account must give a code after its password (fazhi.security.second-factor.required-for). */
    public boolean required(FazhiUserDetails user) {
        RequiredFor rule = settings.secondFactor().requiredFor();
        return switch (rule) {
            case ALL -> true;
            case NONE -> false;
            case ADMINISTRATORS -> user.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                    .anyMatch(a -> Role.administratorRoles().stream().anyMatch(r -> r.authority().equals(a)));
        };
    }

    /** Whether the account has confirmed a second factor. */
    public boolean enrolled(long userId) {
        return users.totp(userId).map(TotpState::enrolled).orElse(false);
    }

    /**
     * The secret offered to an account that has not enrolled yet (made on first call, the same
     * afterwards until confirmed). Refused once enrolment is confirmed: a secret is shown only then.
     */
    String offeredSecret(long userId) {
        TotpState state = users.totp(userId).orElseThrow(() -> new NotFoundException("user", userId));
        if (state.enrolled()) {
            throw new RefusedException("second-factor-enrolled", "totp.enrol.already");
        }
        if (state.secret() == null && users.offerTotpSecret(userId, Totp.base32(Totp.newSecret(random)))) {
            audit.as(actorOf(userId, null), "user", userId, "second-factor-offer", true, Map.of());
        }
        return users.totp(userId).map(TotpState::secret).orElseThrow();
    }

    /** The key URI an authenticator app imports. */
    static String keyUri(String username, String secret) {
        return Totp.uri(ISSUER, username, secret);
    }

    /**
     * Checks a code of a signed-in-by-password account: for an enrolled account at sign-in, or,
     * with {@code enrolling}, the first code that confirms the offered secret.
     */
    Outcome verify(long userId, String code, String ip, boolean enrolling) {
        SignInAccount account = users.find(userId).orElseThrow(() -> new NotFoundException("user", userId));
        Actor actor = new Actor(account.id(), account.username(), account.unitId(), ip);
        String action = enrolling ? "second-factor-enrol" : "second-factor";
        Instant now = clock.instant();
        if (throttle.blocked(ip)) {
            audit.as(actor, LockingAuthenticationProvider.ENTITY, userId, action, false, Map.of("reason", "throttled"));
            return Outcome.REFUSED;
        }
        if (account.lockedAt(now)) {
            audit.as(actor, LockingAuthenticationProvider.ENTITY, userId, action, false, Map.of("reason", "locked"));
            return Outcome.LOCKED;
        }
        TotpState state = users.totp(userId).orElseThrow();
        if (state.secret() == null || state.enrolled() == enrolling) {
            audit.as(actor, LockingAuthenticationProvider.ENTITY, userId, action, false, Map.of("reason", "state"));
            return Outcome.REFUSED;
        }
        OptionalLong step = Totp.matchingStep(Totp.fromBase32(state.secret()), code, now);
        if (step.isPresent() && users.acceptTotpStep(userId, step.getAsLong())) {
            audit.as(actor, LockingAuthenticationProvider.ENTITY, userId, action, true, Map.of());
            if (enrolling) {
                audit.as(actor, "user", userId, "second-factor-enrol", true, Map.of());
            }
            return Outcome.ACCEPTED;
        }
        return failure(actor, state, action, step.isPresent() ? "reused" : "wrong", now, ip);
    }

    private Outcome failure(Actor actor, TotpState state, String action, String reason, Instant now, String ip) {
        var lockout = settings.lockout();
        boolean inWindow = state.firstFailureAt() != null && state.firstFailureAt().plus(lockout.window()).isAfter(now);
        int attempts = inWindow ? state.failedAttempts() + 1 : 1;
        Instant first = inWindow ? state.firstFailureAt() : now;
        Instant lockedUntil = attempts >= lockout.maxFailures() ? now.plus(lockout.duration()) : null;
        users.recordTotpFailure(actor.userId(), attempts, first, lockedUntil);
        throttle.failed(ip);
        audit.as(actor, LockingAuthenticationProvider.ENTITY, actor.userId(), action, false,
                Map.of("reason", reason, "attempts", attempts));
        if (lockedUntil != null) {
            audit.as(actor, "user", actor.userId(), "lock", true, Map.of("until", lockedUntil.toString()));
            return Outcome.LOCKED;
        }
        return Outcome.REFUSED;
    }

    /**
     * The security administrator makes an account enrol again (lost phone, suspected copy of the
     * secret). The account must be within the administrator's data scope.
     */
    @Allowed.SecurityAdmin
    @org.springframework.transaction.annotation.Transactional
    public void reset(long userId) {
        var account = accounts.get(userId);
        users.resetTotp(userId);
        audit.action("user", userId, "second-factor-reset", Map.of("username", account.username()));
        tokens.revokeAll(userId, "second-factor-reset");
    }

    private Actor actorOf(long userId, String ip) {
        return users.find(userId).map(a -> new Actor(a.id(), a.username(), a.unitId(), ip)).orElseThrow();
    }
}
