package org.fazhi.units.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.fazhi.shared.privacy.FieldCipher;
import org.fazhi.units.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The accounts: {@code app_user} (who, which unit, enabled, end date, administrator role) and
 * {@code user_role}. The sign-in columns of {@code app_user} (password age, lock-out, second factor)
 * and {@code password_history} are the sign-in module's; a new account is inserted here with its
 * first password hash (from {@code AccountCredentials}) and that hash's history entry.
 */
@Repository
public class UserStore {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final FieldCipher cipher;

    UserStore(JdbcClient jdbc, Clock clock, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.cipher = cipher;
    }

    /** A staff member's mobile is stored encrypted (SECURITY.md DC-02). */
    static final String PHONE_COLUMN = "app_user.phone";

    public Optional<UserAccount> findByUsername(String username) {
        return jdbc.sql("select * from app_user where username = ?").param(username.toLowerCase())
                .query(this::map).optional().map(this::withRoles);
    }

    public Optional<UserAccount> find(long id) {
        return jdbc.sql("select * from app_user where id = ?").param(id).query(this::map).optional()
                .map(this::withRoles);
    }

    /** Accounts of the given units, optionally filtered by a name/username fragment, by username. */
    public List<UserAccount> inUnits(Collection<Long> unitIds, String q, int limit, long offset) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        String like = q == null || q.isBlank() ? null : "%" + q.strip().toLowerCase() + "%";
        var rows = jdbc.sql("select * from app_user where unit_id in (:units)"
                + " and (cast(:q as varchar) is null or username like :q or lower(display_name) like :q)"
                + " order by unit_id, username limit :limit offset :offset")
                .param("units", unitIds).param("q", like).param("limit", limit).param("offset", offset)
                .query(this::map).list();
        return attachRoles(rows);
    }

    public long countInUnits(Collection<Long> unitIds, String q) {
        if (unitIds.isEmpty()) {
            return 0;
        }
        String like = q == null || q.isBlank() ? null : "%" + q.strip().toLowerCase() + "%";
        return jdbc.sql("select count(*) from app_user where unit_id in (:units)"
                + " and (cast(:q as varchar) is null or username like :q or lower(display_name) like :q)")
                .param("units", unitIds).param("q", like).query(Long.class).single();
    }

    public List<UserAccount> withRoleInUnits(Collection<Long> unitIds, Role role) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        List<UserAccount> rows = role.isAdministrator()
                ? jdbc.sql("select * from app_user where unit_id in (:units) and admin_role = :role and enabled = true")
                        .param("units", unitIds).param("role", role.name()).query(this::map).list()
                : jdbc.sql("select u.* from app_user u join user_role r on r.user_id = u.id"
                        + " where u.unit_id in (:units) and r.role = :role and u.enabled = true")
                        .param("units", unitIds).param("role", role.name()).query(this::map).list();
        return attachRoles(rows);
    }

    /** Accounts (enabled or not, in any unit) that hold the administrator role {@code role}. */
    public long countWithAdminRole(Role role) {
        return jdbc.sql("select count(*) from app_user where admin_role = ?").param(role.name()).query(Long.class)
                .single();
    }

    public long countEnabledWithAdminRole(Role role) {
        return jdbc.sql("select count(*) from app_user where admin_role = ? and enabled = true").param(role.name())
                .query(Long.class).single();
    }

    public boolean exists(String username) {
        return jdbc.sql("select count(*) from app_user where username = ?").param(username.toLowerCase())
                .query(Long.class).single() > 0;
    }

    public long count() {
        return jdbc.sql("select count(*) from app_user").query(Long.class).single();
    }

    public long insert(UserAccount a) {
        Instant now = clock.instant();
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into app_user (username, display_name, unit_id, staff_no, phone, admin_role, password_hash,"
                + " password_changed_at, must_change_password, enabled, failed_attempts, expires_on, created_at, updated_at,"
                + " service_account) values (?,?,?,?,?,?,?,?,?,?,0,?,?,?,?)")
                .params(a.username().toLowerCase(), a.displayName(), a.unitId(), a.staffNo(),
                        cipher.encrypt(PHONE_COLUMN, a.phone()),
                        a.adminRole() == null ? null : a.adminRole().name(), a.passwordHash(), ts(now),
                        a.mustChangePassword(), a.enabled(), a.expiresOn(), ts(now), ts(now), a.serviceAccount())
                .update(keys, "id");
        long id = keys.getKey().longValue();
        replaceRoles(id, a.businessRoles());
        addPasswordHistory(id, a.passwordHash());
        return id;
    }

    public void updateProfile(long id, String displayName, Long unitId, String staffNo, String phone, boolean enabled,
            LocalDate expiresOn) {
        jdbc.sql("update app_user set display_name = ?, unit_id = ?, staff_no = ?, phone = ?, enabled = ?,"
                + " expires_on = ?, updated_at = ? where id = ?")
                .params(displayName, unitId, staffNo, cipher.encrypt(PHONE_COLUMN, phone), enabled, expiresOn,
                        ts(clock.instant()), id).update();
    }

    public void setAdminRole(long id, Role adminRole) {
        jdbc.sql("update app_user set admin_role = ?, updated_at = ? where id = ?")
                .params(adminRole == null ? null : adminRole.name(), ts(clock.instant()), id).update();
    }

    public void replaceRoles(long id, Set<Role> businessRoles) {
        jdbc.sql("delete from user_role where user_id = ?").param(id).update();
        for (Role r : businessRoles) {
            jdbc.sql("insert into user_role (user_id, role) values (?, ?)").params(id, r.name()).update();
        }
    }

    /**
     * Whether the account waits for an administrator of its role to activate it (after a handover to
     * an administrator role); its credentials are the sign-in module's ({@code AccountCredentials}).
     */
    public void setActivationPending(long id, boolean pending) {
        jdbc.sql("update app_user set activation_pending = ?, updated_at = ? where id = ?")
                .params(pending, ts(clock.instant()), id).update();
    }

    /** The first password of a new account is the first entry of its password history. */
    private void addPasswordHistory(long id, String hash) {
        jdbc.sql("insert into password_history (user_id, password_hash, changed_at) values (?,?,?)")
                .params(id, hash, ts(clock.instant())).update();
    }

    private UserAccount withRoles(UserAccount a) {
        return attachRoles(List.of(a)).get(0);
    }

    private List<UserAccount> attachRoles(List<UserAccount> accounts) {
        if (accounts.isEmpty()) {
            return accounts;
        }
        Map<Long, Set<Role>> roles = new HashMap<>();
        jdbc.sql("select user_id, role from user_role where user_id in (:ids)")
                .param("ids", accounts.stream().map(UserAccount::id).toList())
                .query((rs, n) -> roles.computeIfAbsent(rs.getLong(1), k -> EnumSet.noneOf(Role.class))
                        .add(Role.valueOf(rs.getString(2))))
                .list();
        return accounts.stream().map(a -> new UserAccount(a.id(), a.username(), a.displayName(), a.unitId(),
                a.staffNo(), a.phone(), a.adminRole(), roles.getOrDefault(a.id(), Set.of()), a.passwordHash(),
                a.passwordChangedAt(), a.mustChangePassword(), a.enabled(), a.failedAttempts(), a.firstFailureAt(),
                a.lockedUntil(), a.lastLoginAt(), a.expiresOn(), a.serviceAccount(), a.activationPending())).toList();
    }

    private UserAccount map(ResultSet rs, int n) throws SQLException {
        String admin = rs.getString("admin_role");
        return new UserAccount(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                rs.getLong("unit_id"), rs.getString("staff_no"), cipher.decrypt(PHONE_COLUMN, rs.getString("phone")),
                admin == null ? null : Role.valueOf(admin), Set.of(), rs.getString("password_hash"),
                instant(rs, "password_changed_at"), rs.getBoolean("must_change_password"), rs.getBoolean("enabled"),
                rs.getInt("failed_attempts"), instant(rs, "first_failure_at"), instant(rs, "locked_until"),
                instant(rs, "last_login_at"), rs.getObject("expires_on", LocalDate.class),
                rs.getBoolean("service_account"), rs.getBoolean("activation_pending"));
    }

    private static Instant instant(ResultSet rs, String col) throws SQLException {
        OffsetDateTime t = rs.getObject(col, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static OffsetDateTime ts(Instant i) {
        return i == null ? null : OffsetDateTime.ofInstant(i, ZoneOffset.UTC);
    }
}
