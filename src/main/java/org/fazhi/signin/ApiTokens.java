package org.fazhi.signin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.fazhi.audit.AuditLog;
import org.fazhi.shared.Actor;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.NotFoundException;
import org.fazhi.shared.RefusedException;
import org.fazhi.shared.web.Allowed;
import org.fazhi.signin.internal.ApiScopes;
import org.fazhi.signin.internal.SecuritySettings;
import org.fazhi.signin.internal.TokenAuthentication;
import org.fazhi.signin.internal.SignInAccount;
import org.fazhi.signin.internal.CredentialStore;
import org.fazhi.units.DataScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API tokens (SECURITY.md AUTH-07). A person issues a token for their scripts from a signed-in
 * console session, which has passed the second factor; a token never issues another token. Tokens
 * are short-lived unless asked otherwise ({@code fazhi.security.api-access.token-validity}, at most
 * {@code token-max-validity}) and scoped ({@link ApiScopes}; read-only unless write access is asked
 * for). A service account (a system's account for system-to-system calls) gets tokens only from the
 * security administrator, with explicit scopes and at most {@code service-token-max-validity}. Every
 * token of an account is revoked when its password is changed or reset, when it is disabled and when
 * its second factor is reset. Only the SHA-256 of a token is stored; it is shown once. Requests with
 * {@code Authorization: Bearer fzt_...} act as the token's owner, with the owner's roles and data
 * scope, within the token's scopes. Issuing, revoking and (once per period) using are audited.
 */
@Service
@Transactional
public class ApiTokens {

    public static final String PREFIX = "fzt_";
    static final String ENTITY = "api-token";
    private static final Set<String> PERSONAL_DEFAULT = Set.of(ApiScopes.ALL + ":read");

    public record TokenView(Long id, String name, String prefix, Instant createdAt, Instant expiresAt,
            Instant lastUsedAt, boolean revoked, String revokedReason, Set<String> scopes) {
    }

    public record IssuedToken(Long id, String name, String token, Instant expiresAt, Set<String> scopes) {
    }

    /** A valid token presented with an API call: which token, whose, what it may reach. */
    public record TokenUse(long tokenId, long ownerId, String name, Set<String> scopes) {
    }

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;
    private final SecuritySettings settings;
    private final ApiScopes scopes;
    private final CredentialStore users;
    private final DataScope dataScope;
    private final SecureRandom random = new SecureRandom();

    ApiTokens(JdbcClient jdbc, AuditLog audit, Clock clock, SecuritySettings settings, ApiScopes scopes,
            CredentialStore users, DataScope dataScope) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.settings = settings;
        this.scopes = scopes;
        this.users = users;
        this.dataScope = dataScope;
    }

    /**
     * A token for the signed-in person, valid for {@code validity} (null: the default) within the
     * requested scopes (none: read-only). Refused to a call authenticated by a token.
     */
    public IssuedToken issue(String name, Duration validity, Collection<String> requestedScopes) {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof TokenAuthentication) {
            throw new AccessDeniedException("a token does not issue tokens");
        }
        Long owner = requireUser();
        SignInAccount account = users.find(owner).orElseThrow(() -> new NotFoundException("user", owner));
        if (account.serviceAccount()) {
            throw new RefusedException("service-account", "token.service-account.own");
        }
        Duration d = validity == null ? settings.apiAccess().tokenValidity() : validity;
        return insert(owner, owner, name, d, settings.apiAccess().tokenMaxValidity(),
                scopes.parse(requestedScopes, PERSONAL_DEFAULT));
    }

    /** A token for a service account, by the security administrator: explicit scopes, limited life. */
    @Allowed.SecurityAdmin
    public IssuedToken issueForServiceAccount(long userId, String name, Duration validity,
            Collection<String> requestedScopes) {
        SignInAccount account = serviceAccount(userId);
        if (requestedScopes == null || requestedScopes.isEmpty()) {
            throw InvalidInputException.field("scopes", "token.scope.required");
        }
        Duration max = settings.apiAccess().serviceTokenMaxValidity();
        return insert(account.id(), Actor.current().userId(), name, validity == null ? max : validity, max,
                scopes.parse(requestedScopes, Set.of()));
    }

    private IssuedToken insert(long owner, Long issuedBy, String name, Duration validity, Duration max,
            Set<String> granted) {
        if (name == null || name.isBlank() || name.length() > 60) {
            throw InvalidInputException.field("name", "token.name.invalid");
        }
        if (validity.isNegative() || validity.compareTo(Duration.ofHours(1)) < 0 || validity.compareTo(max) > 0) {
            throw InvalidInputException.field("validHours", "token.validity.range", max.toHours());
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        Instant expires = now.plus(validity);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into api_token (user_id, name, token_prefix, token_hash, created_at, expires_at, scopes,"
                + " issued_by) values (?,?,?,?,?,?,?,?)")
                .params(owner, name.strip(), token.substring(0, 10), hash(token), ts(now), ts(expires),
                        String.join(" ", granted), issuedBy)
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("name", name.strip());
        details.put("ownerId", owner);
        details.put("expiresAt", expires.toString());
        details.put("scopes", String.join(" ", granted));
        audit.action(ENTITY, id, "issue", details);
        return new IssuedToken(id, name.strip(), token, expires, granted);
    }

    @Transactional(readOnly = true)
    public List<TokenView> mine() {
        return of(requireUser());
    }

    /** The tokens of a service account (security administrator). */
    @Allowed.SecurityAdmin
    @Transactional(readOnly = true)
    public List<TokenView> ofServiceAccount(long userId) {
        return of(serviceAccount(userId).id());
    }

    private List<TokenView> of(long owner) {
        return jdbc.sql("select * from api_token where user_id = ? order by id desc").param(owner)
                .query((rs, n) -> new TokenView(rs.getLong("id"), rs.getString("name"), rs.getString("token_prefix"),
                        instant(rs.getObject("created_at", OffsetDateTime.class)),
                        instant(rs.getObject("expires_at", OffsetDateTime.class)),
                        instant(rs.getObject("last_used_at", OffsetDateTime.class)),
                        rs.getObject("revoked_at") != null, rs.getString("revoked_reason"),
                        scopeSet(rs.getString("scopes"))))
                .list();
    }

    /** Revokes one of the caller's own tokens. */
    public void revoke(long id) {
        revoke(requireUser(), id, "owner");
    }

    /** Revokes a service account's token (security administrator). */
    @Allowed.SecurityAdmin
    public void revokeForServiceAccount(long userId, long tokenId) {
        revoke(serviceAccount(userId).id(), tokenId, "security-admin");
    }

    private void revoke(long owner, long id, String reason) {
        int n = jdbc.sql("update api_token set revoked_at = ?, revoked_reason = ? where id = ? and user_id = ?"
                + " and revoked_at is null").params(ts(clock.instant()), reason, id, owner).update();
        if (n == 0) {
            throw new NotFoundException(ENTITY, id);
        }
        audit.action(ENTITY, id, "revoke", Map.of("reason", reason));
    }

    /**
     * Revokes every live token of an account, in the caller's transaction: its password was changed
     * or reset, it was disabled or handed over, or its second factor was reset. Returns how many.
     */
    public int revokeAll(long userId, String reason) {
        List<Long> live = jdbc.sql("select id from api_token where user_id = ? and revoked_at is null").param(userId)
                .query(Long.class).list();
        if (live.isEmpty()) {
            return 0;
        }
        jdbc.sql("update api_token set revoked_at = ?, revoked_reason = ? where user_id = ? and revoked_at is null")
                .params(ts(clock.instant()), reason, userId).update();
        audit.action("user", userId, "revoke-tokens", Map.of("reason", reason, "tokens", live.size()));
        return live.size();
    }

    /** The valid (unrevoked, unexpired) token presented, if it is one. Nothing is written. */
    @Transactional(readOnly = true)
    public Optional<TokenUse> find(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("select id, user_id, name, scopes from api_token where token_hash = ? and revoked_at is null"
                + " and (expires_at is null or expires_at > ?)")
                .params(hash(token), ts(clock.instant()))
                .query((rs, n) -> new TokenUse(rs.getLong(1), rs.getLong(2), rs.getString(3), scopeSet(rs.getString(4))))
                .optional();
    }

    /**
     * Stamps and audits a token's use, by its owner (the caller decides how often: once per period,
     * SECURITY.md AUD-01).
     */
    public void recordUse(TokenUse use) {
        jdbc.sql("update api_token set last_used_at = ? where id = ?").params(ts(clock.instant()), use.tokenId())
                .update();
        audit.action(ENTITY, use.tokenId(), "use", Map.of("name", use.name()));
    }

    private SignInAccount serviceAccount(long userId) {
        SignInAccount a = users.find(userId).filter(u -> dataScope.canSee(u.unitId()))
                .orElseThrow(() -> new NotFoundException("user", userId));
        if (!a.serviceAccount()) {
            throw new RefusedException("not-service-account", "token.service-account.only");
        }
        return a;
    }

    private static Set<String> scopeSet(String stored) {
        return stored == null || stored.isBlank() ? Set.of()
                : new TreeSet<>(Arrays.asList(stored.strip().split("\\s+")));
    }

    private static Long requireUser() {
        Long id = Actor.current().userId();
        if (id == null) {
            throw new NotFoundException("user", "self");
        }
        return id;
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static OffsetDateTime ts(Instant i) {
        return OffsetDateTime.ofInstant(i, ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }
}
