package org.fazhi.signin.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.fazhi.audit.AuditLog;
import org.fazhi.shared.Actor;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Password sign-in with the lock-out rule (SECURITY.md AUTH-04): the configured number of failures
 * within the window locks the account for the configured duration, and while locked even the
 * right password is refused. Failures per address are throttled too. What the user is told stays
 * generic. Every console sign-in and every failure is audited; a password sent with each JSON API
 * call (HTTP Basic, {@link #forApi()}) is audited and stamped as a sign-in at most once per period
 * ({@link CredentialUses}), not on every call. A password alone never reaches the API of an account
 * that must give a second factor, nor of a service account (AUTH-07): they use tokens. A hash of an
 * older scheme (bcrypt) or weaker parameters is replaced by the current PBKDF2-HMAC-SM3 one at a
 * successful sign-in ({@link PasswordUpgrades}).
 */
@Component
class LockingAuthenticationProvider implements AuthenticationProvider {

    static final String ENTITY = "sign-in";

    private final CredentialStore users;
    private final AccountUserDetailsService details;
    private final PasswordEncoder encoder;
    private final SecuritySettings settings;
    private final LoginThrottle throttle;
    private final AuditLog audit;
    private final Clock clock;
    private final CredentialUses uses;
    private final SecondFactors secondFactors;
    private final String dummyHash;
    private final PasswordUpgrades upgrades;

    LockingAuthenticationProvider(CredentialStore users, AccountUserDetailsService details, PasswordEncoder encoder,
            SecuritySettings settings, LoginThrottle throttle, AuditLog audit, Clock clock, CredentialUses uses,
            SecondFactors secondFactors, PasswordUpgrades upgrades) {
        this.upgrades = upgrades;
        this.uses = uses;
        this.secondFactors = secondFactors;
        this.users = users;
        this.details = details;
        this.encoder = encoder;
        this.settings = settings;
        this.throttle = throttle;
        this.audit = audit;
        this.clock = clock;
        this.dummyHash = encoder.encode("fazhi-timing-equaliser");
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        return authenticate(authentication, false);
    }

    /** The same check for a password sent with a JSON API call (HTTP Basic). */
    AuthenticationProvider forApi() {
        return new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication authentication) {
                return LockingAuthenticationProvider.this.authenticate(authentication, true);
            }

            @Override
            public boolean supports(Class<?> authentication) {
                return LockingAuthenticationProvider.this.supports(authentication);
            }
        };
    }

    private Authentication authenticate(Authentication authentication, boolean api) {
        String username = String.valueOf(authentication.getName()).strip().toLowerCase();
        String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        String ip = authentication.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : null;
        if (throttle.blocked(ip)) {
            audit.failure(ENTITY, username, "throttled", Map.of("username", username));
            throw new LockedException("throttled");
        }
        Optional<SignInAccount> found = username.length() > 64 ? Optional.empty() : users.findByUsername(username);
        if (found.isEmpty()) {
            encoder.matches(password, dummyHash);
            throttle.failed(ip);
            audit.failure(ENTITY, username, "sign-in", Map.of("username", truncate(username), "reason", "unknown"));
            throw new BadCredentialsException("bad credentials");
        }
        SignInAccount account = found.get();
        Instant now = clock.instant();
        Actor actor = new Actor(account.id(), account.username(), account.unitId(), ip);
        if (account.lockedAt(now)) {
            throttle.failed(ip);
            audit.as(actor, ENTITY, account.id(), "sign-in", false, Map.of("reason", "locked"));
            throw new LockedException("locked");
        }
        if (!encoder.matches(password, account.passwordHash())) {
            recordFailure(account, actor, now);
            throttle.failed(ip);
            throw new BadCredentialsException("bad credentials");
        }
        FazhiUserDetails user = details.details(account);
        if (account.activationPending()) {
            audit.as(actor, ENTITY, account.id(), "sign-in", false, Map.of("reason", "activation-pending"));
            throw new DisabledException("activation pending");
        }
        if (!user.isEnabled()) {
            audit.as(actor, ENTITY, account.id(), "sign-in", false, Map.of("reason", "disabled"));
            throw new DisabledException("disabled");
        }
        if (account.serviceAccount()) {
            // a service account reaches the API with the tokens issued for it, never with a password
            audit.as(actor, ENTITY, account.id(), "sign-in", false, Map.of("reason", "service-account"));
            throw api ? new ApiPasswordRefused("service-account", "problem.basic.service-account")
                    : new DisabledException("service account");
        }
        if (api && secondFactors.required(user)) {
            // a password alone does not reach the API of an account that signs in with two factors (AUTH-07)
            audit.as(actor, ENTITY, account.id(), "sign-in", false, Map.of("reason", "second-factor-required",
                    "via", "http-basic"));
            throw new ApiPasswordRefused("second-factor-required", "problem.basic.second-factor");
        }
        if (encoder.upgradeEncoding(account.passwordHash())) {
            upgrades.upgrade(actor, account.id(), account.passwordHash(), encoder.encode(password));
        }
        boolean failuresToClear = account.failedAttempts() > 0 || account.firstFailureAt() != null;
        if (!api) {
            users.recordSuccess(account.id());
            audit.as(actor, ENTITY, account.id(), "sign-in", true, Map.of());
        } else if (failuresToClear || uses.firstInPeriod(
                "basic:" + account.id() + ":" + Integer.toHexString(account.passwordHash().hashCode()))) {
            users.recordSuccess(account.id());
            audit.as(actor, ENTITY, account.id(), "sign-in", true, Map.of("via", "http-basic"));
        }
        user.eraseCredentials();
        var result = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        result.setDetails(authentication.getDetails());
        return result;
    }

    /** A right password that may not be used for the API on its own; the answer says what to use instead. */
    static final class ApiPasswordRefused extends org.springframework.security.authentication.BadCredentialsException {

        private final String code;
        private final String messageKey;

        ApiPasswordRefused(String code, String messageKey) {
            super(code);
            this.code = code;
            this.messageKey = messageKey;
        }

        String code() {
            return code;
        }

        String messageKey() {
            return messageKey;
        }
    }

    private void recordFailure(SignInAccount account, Actor actor, Instant now) {
        var lockout = settings.lockout();
        // A lock that has run out starts a fresh count: the attempts before it are spent.
        boolean inWindow = account.lockedUntil() == null && account.firstFailureAt() != null
                && account.firstFailureAt().plus(lockout.window()).isAfter(now);
        int attempts = inWindow ? account.failedAttempts() + 1 : 1;
        Instant first = inWindow ? account.firstFailureAt() : now;
        Instant lockedUntil = attempts >= lockout.maxFailures() ? now.plus(lockout.duration()) : null;
        users.recordFailure(account.id(), attempts, first, lockedUntil);
        audit.as(actor, ENTITY, account.id(), "sign-in", false, Map.of("reason", "password", "attempts", attempts));
        if (lockedUntil != null) {
            audit.as(actor, "user", account.id(), "lock", true, Map.of("until", lockedUntil.toString()));
        }
    }

    private static String truncate(String s) {
        return s.length() > 64 ? s.substring(0, 64) : s;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
