package org.fazhi.signin.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.fazhi.shared.privacy.FieldCipher;
import org.fazhi.units.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The sign-in columns of {@code app_user} (password hash and age, lock-out, last sign-in, the second
 * factor) and the {@code password_history} table. The other columns of {@code app_user} and
 * {@code user_role} are units' (the account, its unit and roles): this store only reads them.
 */
@Repository
public class CredentialStore {

    /** The second-factor secret is stored encrypted (SECURITY.md DC-02). */
    static final String TOTP_COLUMN = "app_user.totp_secret";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final FieldCipher cipher;

    CredentialStore(JdbcClient jdbc, Clock clock, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.cipher = cipher;
    }

    public Optional<SignInAccount> findByUsername(String username) {
        return jdbc.sql("select * from app_user where username = ?").param(username.toLowerCase())
                .query(this::map).optional().map(this::withRoles);
    }

    public Optional<SignInAccount> find(long id) {
        return jdbc.sql("select * from app_user where id = ?").param(id).query(this::map).optional()
                .map(this::withRoles);
    }

    /**
     * Replaces the stored hash by another of the same password (a scheme upgrade) if it is still
     * {@code oldHash}; the password's age and history are untouched. Whether it was replaced.
     */
    public boolean replaceHash(long id, String oldHash, String newHash) {
        return jdbc.sql("update app_user set password_hash = ? where id = ? and password_hash = ?")
                .params(newHash, id, oldHash).update() == 1;
    }

    public void changePassword(long id, String hash, boolean mustChange) {
        jdbc.sql("update app_user set password_hash = ?, password_changed_at = ?, must_change_password = ?,"
                + " updated_at = ? where id = ?")
                .params(hash, ts(clock.instant()), mustChange, ts(clock.instant()), id).update();
        jdbc.sql("insert into password_history (user_id, password_hash, changed_at) values (?,?,?)")
                .params(id, hash, ts(clock.instant())).update();
    }

    /**
     * The password stops working (replaced by {@code unusableHash}), the second factor is forgotten and
     * the lock lifted: the account changes hands.
     */
    public void makeUnusable(long id, String unusableHash) {
        jdbc.sql("update app_user set password_hash = ?, password_changed_at = ?, must_change_password = true,"
                + " failed_attempts = 0, first_failure_at = null, locked_until = null,"
                + " totp_secret = null, totp_enrolled_at = null, totp_last_step = null, totp_failed_attempts = 0,"
                + " totp_first_failure_at = null, updated_at = ? where id = ?")
                .params(unusableHash, ts(clock.instant()), ts(clock.instant()), id).update();
    }

    public List<String> recentPasswordHashes(long id, int n) {
        return jdbc.sql("select password_hash from password_history where user_id = ? order by id desc limit ?")
                .params(id, n).query(String.class).list();
    }

    public void recordFailure(long id, int attempts, Instant firstFailure, Instant lockedUntil) {
        jdbc.sql("update app_user set failed_attempts = ?, first_failure_at = ?, locked_until = ? where id = ?")
                .params(attempts, ts(firstFailure), ts(lockedUntil), id).update();
    }

    public void recordSuccess(long id) {
        jdbc.sql("update app_user set failed_attempts = 0, first_failure_at = null, locked_until = null,"
                + " last_login_at = ? where id = ?").params(ts(clock.instant()), id).update();
    }

    public void unlock(long id) {
        jdbc.sql("update app_user set failed_attempts = 0, first_failure_at = null, locked_until = null,"
                + " totp_failed_attempts = 0, totp_first_failure_at = null where id = ?")
                .param(id).update();
    }

    /** The second-factor columns of one account; kept apart from {@link SignInAccount} so the secret travels less. */
    record TotpState(String secret, Instant enrolledAt, Long lastStep, int failedAttempts, Instant firstFailureAt) {

        boolean enrolled() {
            return secret != null && enrolledAt != null;
        }

        @Override
        public String toString() {
            return "TotpState[enrolled=" + enrolled() + "]";
        }
    }

    Optional<TotpState> totp(long id) {
        return jdbc.sql("select totp_secret, totp_enrolled_at, totp_last_step, totp_failed_attempts,"
                + " totp_first_failure_at from app_user where id = ?").param(id)
                .query((rs, n) -> new TotpState(cipher.decrypt(TOTP_COLUMN, rs.getString(1)), instant(rs, "totp_enrolled_at"),
                        rs.getObject(3) == null ? null : rs.getLong(3), rs.getInt(4),
                        instant(rs, "totp_first_failure_at")))
                .optional();
    }

    /** Offers a new secret unless one is already offered or enrolled; true if this call stored it. */
    boolean offerTotpSecret(long id, String secret) {
        return jdbc.sql("update app_user set totp_secret = ?, totp_enrolled_at = null, totp_last_step = null"
                + " where id = ? and totp_secret is null").params(cipher.encrypt(TOTP_COLUMN, secret), id).update() == 1;
    }

    /**
     * Takes {@code step} as used if it is later than the last accepted one (atomic: of two requests
     * with the same code only one wins), confirming the enrolment if it was pending, and clears the
     * failed-code count. False if the step was already used.
     */
    boolean acceptTotpStep(long id, long step) {
        return jdbc.sql("update app_user set totp_last_step = ?, totp_failed_attempts = 0, totp_first_failure_at = null,"
                + " totp_enrolled_at = coalesce(totp_enrolled_at, ?)"
                + " where id = ? and totp_secret is not null and (totp_last_step is null or totp_last_step < ?)")
                .params(step, ts(clock.instant()), id, step).update() == 1;
    }

    void recordTotpFailure(long id, int attempts, Instant firstFailure, Instant lockedUntil) {
        if (lockedUntil == null) {
            jdbc.sql("update app_user set totp_failed_attempts = ?, totp_first_failure_at = ? where id = ?")
                    .params(attempts, ts(firstFailure), id).update();
        } else {
            // the lock spends the count, as with passwords
            jdbc.sql("update app_user set totp_failed_attempts = 0, totp_first_failure_at = null, locked_until = ?"
                    + " where id = ?").params(ts(lockedUntil), id).update();
        }
    }

    /** Forgets the second factor: the account enrols again at its next sign-in. */
    void resetTotp(long id) {
        jdbc.sql("update app_user set totp_secret = null, totp_enrolled_at = null, totp_last_step = null,"
                + " totp_failed_attempts = 0, totp_first_failure_at = null where id = ?").param(id).update();
    }

    private SignInAccount withRoles(SignInAccount a) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        jdbc.sql("select role from user_role where user_id = ?").param(a.id()).query(String.class).list()
                .forEach(r -> roles.add(Role.valueOf(r)));
        return new SignInAccount(a.id(), a.username(), a.displayName(), a.unitId(), a.adminRole(), roles,
                a.passwordHash(), a.passwordChangedAt(), a.mustChangePassword(), a.enabled(), a.failedAttempts(),
                a.firstFailureAt(), a.lockedUntil(), a.lastLoginAt(), a.expiresOn(), a.serviceAccount(),
                a.activationPending());
    }

    private SignInAccount map(ResultSet rs, int n) throws SQLException {
        String admin = rs.getString("admin_role");
        return new SignInAccount(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                rs.getLong("unit_id"), admin == null ? null : Role.valueOf(admin), Set.of(),
                rs.getString("password_hash"), instant(rs, "password_changed_at"),
                rs.getBoolean("must_change_password"), rs.getBoolean("enabled"), rs.getInt("failed_attempts"),
                instant(rs, "first_failure_at"), instant(rs, "locked_until"), instant(rs, "last_login_at"),
                rs.getObject("expires_on", LocalDate.class), rs.getBoolean("service_account"),
                rs.getBoolean("activation_pending"));
    }

    private static Instant instant(ResultSet rs, String col) throws SQLException {
        OffsetDateTime t = rs.getObject(col, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static OffsetDateTime ts(Instant i) {
        return i == null ? null : OffsetDateTime.ofInstant(i, ZoneOffset.UTC);
    }
}
