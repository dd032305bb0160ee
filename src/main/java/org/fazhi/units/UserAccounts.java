package org.fazhi.units;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fazhi.audit.AuditLog;
import org.fazhi.shared.Actor;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.InvalidInputException.FieldProblem;
import org.fazhi.shared.NotFoundException;
import org.fazhi.shared.PageQuery;
import org.fazhi.shared.PageResult;
import org.fazhi.shared.RefusedException;
import org.fazhi.shared.web.Allowed;
import org.fazhi.units.internal.UserAccount;
import org.fazhi.units.internal.UserStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Account management. The system administrator keeps accounts (create, change, disable, reset a
 * password); the security administrator grants roles and unlocks; nobody changes their own roles;
 * an administrator account holds exactly one administrator role and no business role (三员分立).
 * An account given an administrator role is handed over and activated by an administrator of the
 * same role ({@link #activate}); no administrator resets the password of another administrator; the
 * last enabled holder of each administrator role cannot be disabled. Every change is audited and
 * every account read goes through the data scope.
 */
@Service
@Transactional
@Validated
public class UserAccounts {

    static final String ENTITY = "user";
    /** The longest search text a user list accepts. */
    public static final int MAX_QUERY_LENGTH = 64;

    /** An account as the console and API show it (no secrets). */
    public record AccountView(Long id, String username, String displayName, Long unitId, String staffNo, String phone,
            Set<Role> roles, boolean enabled, boolean locked, boolean mustChangePassword,
            java.time.Instant lastLoginAt, java.time.LocalDate expiresOn, boolean serviceAccount,
            boolean activationPending) {

        /** The account as the audit log keeps it: the mobile masked (138****1234), never in full (AUD-02). */
        public AccountView forAudit() {
            String masked = phone == null || phone.isBlank() ? phone
                    : org.fazhi.shared.privacy.PersonalData.find(phone).stream().findFirst()
                            .map(org.fazhi.shared.privacy.PersonalData::mask).orElse("****");
            return new AccountView(id, username, displayName, unitId, staffNo, masked, roles, enabled, locked,
                    mustChangePassword, lastLoginAt, expiresOn, serviceAccount, activationPending);
        }
    }

    /** A service account: a system's account for system-to-system API calls (SECURITY.md AUTH-07). */
    public record ServiceAccountDraft(
            @jakarta.validation.constraints.NotBlank
            @jakarta.validation.constraints.Pattern(regexp = "[a-zA-Z][a-zA-Z0-9._-]{2,63}",
                    message = "{user.username.pattern}") String username,
            @jakarta.validation.constraints.NotBlank @jakarta.validation.constraints.Size(max = 64) String displayName,
            @jakarta.validation.constraints.NotNull Long unitId,
            java.time.LocalDate expiresOn) {
    }

    /**
     * A password issued by the system, shown once to the administrator who asked for it; or, with
     * {@code serverFile}, written to the server's data folder for the operator and shown to nobody
     * ({@code password} is then null).
     */
    public record IssuedPassword(Long userId, String username, String password, boolean serverFile) {
    }

    private final UserStore store;
    private final DataScope scope;
    private final AuditLog audit;
    private final AccountCredentials credentials;
    private final java.time.Clock clock;
    private final java.nio.file.Path dataDir;

    UserAccounts(UserStore store, DataScope scope, AuditLog audit, AccountCredentials credentials,
            java.time.Clock clock,
            @org.springframework.beans.factory.annotation.Value("${fazhi.data-dir:./data}") String dataDir) {
        this.credentials = credentials;
        this.dataDir = java.nio.file.Path.of(dataDir);
        this.store = store;
        this.scope = scope;
        this.audit = audit;
        this.clock = clock;
    }

    /** Accounts within the scope (optionally one unit's subtree), phone numbers partly masked. */
    @Transactional(readOnly = true)
    public PageResult<AccountView> list(Long unitId, String q, PageQuery page) {
        if (q != null && q.length() > MAX_QUERY_LENGTH) {
            throw InvalidInputException.field("q", "user.query.too-long", MAX_QUERY_LENGTH);
        }
        Set<Long> units = unitId == null ? scope.visibleUnitIds() : scope.subtreeWithinScope(unitId);
        List<AccountView> items = store.inUnits(units, q, page.size(), page.offset()).stream().map(this::view)
                .map(UserAccounts::masked).toList();
        return new PageResult<>(items, page.page(), page.size(), store.countInUnits(units, q));
    }

    @Transactional(readOnly = true)
    public AccountView get(long id) {
        return view(account(id));
    }

    /** A list shows a partial phone number (138****1234); the full number is on the account itself. */
    static AccountView masked(AccountView a) {
        String phone = a.phone();
        if (phone == null || phone.length() < 8) {
            return a;
        }
        String mask = phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
        return new AccountView(a.id(), a.username(), a.displayName(), a.unitId(), a.staffNo(), mask, a.roles(),
                a.enabled(), a.locked(), a.mustChangePassword(), a.lastLoginAt(), a.expiresOn(), a.serviceAccount(),
                a.activationPending());
    }

    /** The signed-in user's own account. */
    @Transactional(readOnly = true)
    public AccountView self() {
        Long self = Actor.current().userId();
        if (self == null) {
            throw new NotFoundException(ENTITY, "self");
        }
        return view(store.find(self).orElseThrow(() -> new NotFoundException(ENTITY, self)));
    }

    @Allowed.SystemAdmin
    public IssuedPassword create(@jakarta.validation.Valid UserDraft draft) {
        scope.require(draft.unitId(), Units.ENTITY, draft.unitId());
        String username = draft.username().strip().toLowerCase();
        if (store.exists(username)) {
            throw new InvalidInputException(409, "duplicate", "problem.invalid-input",
                    List.of(new FieldProblem("username", "user.username.duplicate", new Object[] {username})));
        }
        Role admin = draft.administratorRole();
        if (admin != null) {
            requireFirstAppointment(admin);
        }
        String password = credentials.generatePassword();
        UserAccount account = new UserAccount(null, username, draft.displayName().strip(), draft.unitId(),
                blankToNull(draft.staffNo()), blankToNull(draft.phone()), admin, Set.of(), credentials.hash(password),
                clock.instant(), true, draft.enabled() == null || draft.enabled(), 0, null, null, null,
                draft.expiresOn(), false, false);
        long id = store.insert(account);
        audit.created(ENTITY, id, view(store.find(id).orElseThrow()).forAudit());
        if (admin != null) {
            // the first security administrator or auditor: the system administrator who creates the
            // account must not know its password (三员分立), the server's operator hands it over
            deliverToServerFile(id, username, password);
            return new IssuedPassword(id, username, null, true);
        }
        return new IssuedPassword(id, username, password, false);
    }

    /**
     * Creates a service account (system administrator): it never signs in to the console and never
     * uses a password (a random one is stored and shown to nobody); the security administrator grants
     * it business roles and issues its scoped tokens (the sign-in module's {@code ApiTokens}).
     */
    @Allowed.SystemAdmin
    public AccountView createServiceAccount(@jakarta.validation.Valid ServiceAccountDraft draft) {
        scope.require(draft.unitId(), Units.ENTITY, draft.unitId());
        String username = draft.username().strip().toLowerCase();
        if (store.exists(username)) {
            throw new InvalidInputException(409, "duplicate", "problem.invalid-input",
                    List.of(new FieldProblem("username", "user.username.duplicate", new Object[] {username})));
        }
        UserAccount account = new UserAccount(null, username, draft.displayName().strip(), draft.unitId(), null, null,
                null, Set.of(), credentials.hash(credentials.generatePassword() + credentials.generatePassword()), clock.instant(), false, true, 0,
                null, null, null, draft.expiresOn(), true, false);
        long id = store.insert(account);
        AccountView created = view(store.find(id).orElseThrow());
        audit.created(ENTITY, id, created);
        return created;
    }

    @Allowed.SystemAdmin
    public AccountView update(long id, @jakarta.validation.Valid UserDraft draft) {
        UserAccount before = account(id);
        scope.require(draft.unitId(), Units.ENTITY, draft.unitId());
        if (!before.username().equals(draft.username().strip().toLowerCase())) {
            throw InvalidInputException.field("username", "user.username.immutable");
        }
        if (draft.administratorRole() != before.adminRole()) {
            throw InvalidInputException.field("administratorRole", "user.roles.security-admin-only");
        }
        boolean enabled = draft.enabled() == null ? before.enabled() : draft.enabled();
        if (!enabled && before.id().equals(Actor.current().userId())) {
            throw new RefusedException("self-disable", "user.self-disable");
        }
        boolean expired = draft.expiresOn() != null && java.time.LocalDate.now(clock).isAfter(draft.expiresOn());
        if (!enabled || expired) {
            requireNotLastAdministrator(before);
        }
        store.updateProfile(id, draft.displayName().strip(), draft.unitId(), blankToNull(draft.staffNo()),
                blankToNull(draft.phone()), enabled, draft.expiresOn());
        AccountView after = view(store.find(id).orElseThrow());
        audit.changed(ENTITY, id, view(before).forAudit(), after.forAudit());
        if (before.enabled() && !enabled) {
            credentials.revokeTokens(id, "disabled");
        }
        return after;
    }

    /** Enables or disables an account (system administrator; never one's own). */
    @Allowed.SystemAdmin
    public AccountView setEnabled(long id, boolean enabled) {
        UserAccount before = account(id);
        if (!enabled && before.id().equals(Actor.current().userId())) {
            throw new RefusedException("self-disable", "user.self-disable");
        }
        if (!enabled) {
            requireNotLastAdministrator(before);
        }
        store.updateProfile(id, before.displayName(), before.unitId(), before.staffNo(), before.phone(), enabled,
                before.expiresOn());
        AccountView after = view(store.find(id).orElseThrow());
        audit.changed(ENTITY, id, enabled ? "enable" : "disable", view(before).forAudit(), after.forAudit());
        if (!enabled) {
            credentials.revokeTokens(id, "disabled");
        }
        return after;
    }

    /** Grants exactly the given roles (security administrator only, never to oneself). */
    @Allowed.SecurityAdmin
    public AccountView grantRoles(long id, Set<Role> roles) {
        if (roles == null || roles.stream().anyMatch(java.util.Objects::isNull)) {
            throw InvalidInputException.field("roles", "user.roles.required");
        }
        UserAccount before = account(id);
        if (before.id().equals(Actor.current().userId())) {
            throw new RefusedException("self-grant", "user.roles.self");
        }
        Set<Role> admin = EnumSet.noneOf(Role.class);
        Set<Role> business = EnumSet.noneOf(Role.class);
        roles.forEach(r -> (r.isAdministrator() ? admin : business).add(r));
        if (admin.size() > 1) {
            throw new RefusedException("separation-of-duties", "user.roles.two-admin");
        }
        if (!admin.isEmpty() && before.serviceAccount()) {
            throw new RefusedException("service-account", "user.roles.service-account-admin");
        }
        if (!admin.isEmpty() && !business.isEmpty()) {
            throw new RefusedException("separation-of-duties", "user.roles.admin-and-business");
        }
        Role newAdmin = admin.isEmpty() ? null : admin.iterator().next();
        if (before.adminRole() != null && before.adminRole() != newAdmin && before.enabled()
                && store.countEnabledWithAdminRole(before.adminRole()) <= 1) {
            throw new RefusedException("last-administrator", "user.roles.last-admin");
        }
        store.setAdminRole(id, newAdmin);
        store.replaceRoles(id, business);
        audit.changed(ENTITY, id, "grant-roles", Map.of("roles", sorted(before.roles())),
                Map.of("roles", sorted(EnumSet.copyOf(roles.isEmpty() ? EnumSet.noneOf(Role.class) : roles))));
        if (newAdmin != null && newAdmin != before.adminRole()) {
            handOver(before, newAdmin);
        }
        return view(store.find(id).orElseThrow());
    }

    @Allowed.SystemAdmin
    public IssuedPassword resetPassword(long id) {
        UserAccount account = account(id);
        if (account.adminRole() != null) {
            // Whoever learns an administrator's new password could act as that administrator:
            // a system administrator must not be able to become the security administrator or
            // the auditor that way (三员分立). Administrators change their own passwords.
            throw new RefusedException("separation-of-duties", "user.reset.admin-account");
        }
        if (account.serviceAccount()) {
            throw new RefusedException("service-account", "user.reset.service-account");
        }
        String password = credentials.generatePassword();
        credentials.issue(id, password);
        audit.action(ENTITY, id, "reset-password", Map.of("username", account.username()));
        credentials.revokeTokens(id, "password-reset");
        return new IssuedPassword(id, account.username(), password, false);
    }

    /**
     * Activates an administrator account (after a handover, or when its holder lost the password)
     * with a one-time password that must be changed at the first sign-in (三员分立, SECURITY.md
     * AC-04): given by an administrator of the same role, never by one of another role, so that no
     * single administrator can set up and use an account of another administrator role. When the
     * role has no other enabled holder, an administrator of another role may ask for it, and the
     * one-time password goes to the server's data folder for the operator, not to the one who asked.
     */
    @Allowed.Administrators
    public IssuedPassword activate(long id) {
        UserAccount account = account(id);
        Role role = account.adminRole();
        if (role == null) {
            throw new RefusedException("not-administrator", "user.activate.not-administrator");
        }
        Long self = Actor.current().userId();
        if (account.id().equals(self)) {
            throw new RefusedException("self-activate", "user.activate.self");
        }
        Role caller = self == null ? null : store.find(self).map(UserAccount::adminRole).orElse(null);
        String password = credentials.generatePassword();
        if (caller == role) {
            activateWith(id, password);
            audit.action(ENTITY, id, "activate", Map.of("username", account.username(), "role", role.name(),
                    "delivery", "administrator"));
            credentials.revokeTokens(id, "handover");
            return new IssuedPassword(id, account.username(), password, false);
        }
        if (otherEnabledHolders(role, id) == 0) {
            activateWith(id, password);
            deliverToServerFile(id, account.username(), password);
            credentials.revokeTokens(id, "handover");
            return new IssuedPassword(id, account.username(), null, true);
        }
        throw new RefusedException("separation-of-duties", "user.activate.same-role-only");
    }

    @Allowed.AccountKeepers
    public void unlock(long id) {
        UserAccount account = account(id);
        credentials.unlock(id);
        audit.action(ENTITY, id, "unlock", Map.of("username", account.username()));
    }

    /**
     * The system administrator may appoint the very first security administrator or auditor of the
     * installation, and nothing more: once any account (even a disabled one, anywhere) has held the
     * role, further appointments are grants by the security administrator.
     */
    private void requireFirstAppointment(Role admin) {
        if (admin == Role.SYSTEM_ADMIN || store.countWithAdminRole(admin) > 0) {
            throw new RefusedException("separation-of-duties", "user.roles.security-admin-only");
        }
    }

    /**
     * The account becomes an administrator of {@code role}: whoever knew its password (its creator
     * above all) no longer can use it. Its password, second factor, tokens and sessions go; it waits
     * for an administrator of the same role to activate it, or, as the role's first holder, its
     * one-time password is written to the server's data folder.
     */
    private void handOver(UserAccount account, Role role) {
        store.setActivationPending(account.id(), true);
        credentials.makeUnusable(account.id());
        credentials.revokeTokens(account.id(), "handover");
        audit.action(ENTITY, account.id(), "handover", Map.of("username", account.username(), "role", role.name()));
        if (otherEnabledHolders(role, account.id()) == 0) {
            String password = credentials.generatePassword();
            activateWith(account.id(), password);
            deliverToServerFile(account.id(), account.username(), password);
        }
    }

    /** A handed-over administrator account gets its one-time password and may sign in again. */
    private void activateWith(long id, String password) {
        store.setActivationPending(id, false);
        credentials.issue(id, password);
    }

    private long otherEnabledHolders(Role role, long except) {
        return store.countEnabledWithAdminRole(role) - store.find(except)
                .filter(a -> a.adminRole() == role && a.enabled()).map(a -> 1L).orElse(0L);
    }

    /** A one-time administrator password for the operator: an owner-only file in the data folder. */
    private void deliverToServerFile(long id, String username, String password) {
        String name = "admin-activation-" + username + ".txt";
        org.fazhi.units.internal.SecretFiles.write(dataDir, name, password + "\n");
        audit.action(ENTITY, id, "activate", Map.of("username", username, "delivery", "server-file", "file", name));
    }

    /** The last enabled holder of an administrator role stays enabled: somebody must hold each role. */
    private void requireNotLastAdministrator(UserAccount account) {
        if (account.adminRole() != null && account.enabled()
                && otherEnabledHolders(account.adminRole(), account.id()) == 0) {
            throw new RefusedException("last-administrator", "user.disable.last-admin");
        }
    }

    private UserAccount account(long id) {
        UserAccount a = store.find(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
        scope.require(a.unitId(), ENTITY, id);
        return a;
    }

    private AccountView view(UserAccount a) {
        return new AccountView(a.id(), a.username(), a.displayName(), a.unitId(), a.staffNo(), a.phone(), a.roles(),
                a.enabled(), a.lockedAt(clock.instant()), a.mustChangePassword(), a.lastLoginAt(), a.expiresOn(),
                a.serviceAccount(), a.activationPending());
    }

    private static List<String> sorted(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().toList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static Map<String, Object> describe(UserAccount a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("username", a.username());
        m.put("unitId", a.unitId());
        return m;
    }
}
