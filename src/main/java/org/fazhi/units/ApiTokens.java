package org.fazhi.units;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fazhi.audit.AuditLog;
import org.fazhi.shared.Actor;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens: a user issues a token for scripts and other systems, sees it once, and
 * can revoke it. Only the SHA-256 of a token is stored. Requests with {@code Authorization: Bearer
 * fzt_...} act as the token's owner, with the owner's roles and data scope.
 */
@Service
@Transactional
public class ApiTokens {

    public static final String PREFIX = "fzt_";
    public static final int MAX_VALIDITY_DAYS = 366;

    public record TokenView(Long id, String name, String prefix, Instant createdAt, Instant expiresAt,
            Instant lastUsedAt, boolean revoked) {
    }

    public record IssuedToken(Long id, String name, String token, Instant expiresAt) {
    }

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ApiTokens(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    public IssuedToken issue(String name, int validDays) {
        Long owner = requireUser();
        if (name == null || name.isBlank() || name.length() > 60) {
            throw InvalidInputException.field("name", "token.name.invalid");
        }
        if (validDays < 1 || validDays > MAX_VALIDITY_DAYS) {
            throw InvalidInputException.field("validDays", "token.validity.range", MAX_VALIDITY_DAYS);
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        Instant expires = now.plusSeconds(validDays * 86_400L);
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into api_token (user_id, name, token_prefix, token_hash, created_at, expires_at)"
                + " values (?,?,?,?,?,?)")
                .params(owner, name.strip(), token.substring(0, 10), hash(token), ts(now), ts(expires))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        audit.action("api-token", id, "issue", Map.of("name", name.strip(), "expiresAt", expires.toString()));
        return new IssuedToken(id, name.strip(), token, expires);
    }

    @Transactional(readOnly = true)
    public List<TokenView> mine() {
        Long owner = requireUser();
        return jdbc.sql("select * from api_token where user_id = ? order by id desc").param(owner)
                .query((rs, n) -> new TokenView(rs.getLong("id"), rs.getString("name"), rs.getString("token_prefix"),
                        instant(rs.getObject("created_at", OffsetDateTime.class)),
                        instant(rs.getObject("expires_at", OffsetDateTime.class)),
                        instant(rs.getObject("last_used_at", OffsetDateTime.class)),
                        rs.getObject("revoked_at") != null))
                .list();
    }

    public void revoke(long id) {
        Long owner = requireUser();
        int n = jdbc.sql("update api_token set revoked_at = ? where id = ? and user_id = ? and revoked_at is null")
                .params(ts(clock.instant()), id, owner).update();
        if (n == 0) {
            throw new NotFoundException("api-token", id);
        }
        audit.action("api-token", id, "revoke", Map.of());
    }

    /** A valid token presented with an API call: which token, whose. */
    public record TokenUse(long tokenId, long ownerId, String name) {
    }

    /** The valid (unrevoked, unexpired) token presented, if it is one. Nothing is written. */
    @Transactional(readOnly = true)
    public Optional<TokenUse> find(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("select id, user_id, name from api_token where token_hash = ? and revoked_at is null"
                + " and (expires_at is null or expires_at > ?)")
                .params(hash(token), ts(clock.instant()))
                .query((rs, n) -> new TokenUse(rs.getLong(1), rs.getLong(2), rs.getString(3))).optional();
    }

    /**
     * Stamps and audits a token's use, by its owner (the caller decides how often: once per period,
     * SECURITY.md AUD-01).
     */
    public void recordUse(TokenUse use) {
        jdbc.sql("update api_token set last_used_at = ? where id = ?").params(ts(clock.instant()), use.tokenId())
                .update();
        audit.action("api-token", use.tokenId(), "use", Map.of("name", use.name()));
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
