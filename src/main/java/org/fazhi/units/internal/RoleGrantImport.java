package org.fazhi.units.internal;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.fazhi.audit.AuditLog;
import org.fazhi.shared.Actor;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.excel.ImportReport;
import org.fazhi.shared.excel.RowError;
import org.fazhi.shared.excel.SheetRow;
import org.fazhi.shared.excel.SpreadsheetReader;
import org.fazhi.shared.excel.SpreadsheetWriter;
import org.fazhi.shared.web.Allowed;
import org.fazhi.units.DataScope;
import org.fazhi.units.Role;
import org.fazhi.units.UserAccounts;
import org.fazhi.units.UserDirectory;
import org.fazhi.units.UserSummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports role grants (用户名, 角色) for the security administrator: each row replaces the roles of
 * one account, under the same rules as the grant page (三员分立, never one's own roles). All or
 * nothing.
 */
@Service
class RoleGrantImport {

    static final String USERNAME = "import.user.username";
    static final String ROLES = "import.grant.roles";
    static final List<String> COLUMNS = List.of(USERNAME, ROLES);

    private record Planned(long userId, Set<Role> roles) {
    }

    private final UserAccounts accounts;
    private final UserDirectory directory;
    private final DataScope scope;
    private final ImportTexts texts;
    private final AuditLog audit;

    RoleGrantImport(UserAccounts accounts, UserDirectory directory, DataScope scope, ImportTexts texts,
            AuditLog audit) {
        this.accounts = accounts;
        this.directory = directory;
        this.scope = scope;
        this.texts = texts;
        this.audit = audit;
    }

    void template(OutputStream out) {
        SpreadsheetWriter.write(out, texts.header("import.grant.sheet"), texts.headers(COLUMNS), List.of());
    }

    @Allowed.SecurityAdmin
    @Transactional
    public ImportReport run(InputStream xlsx) {
        List<SheetRow> rows = SpreadsheetReader.read(xlsx, texts.headers(COLUMNS));
        if (rows.isEmpty()) {
            throw new InvalidInputException("import-empty", "problem.import.empty");
        }
        List<RowError> errors = new ArrayList<>();
        List<Planned> plan = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        Long self = Actor.current().userId();
        for (SheetRow row : rows) {
            check(row, seen, self, errors).ifPresent(plan::add);
        }
        if (!errors.isEmpty()) {
            return ImportReport.failed(rows.size(), errors);
        }
        plan.forEach(p -> accounts.grantRoles(p.userId(), p.roles()));
        audit.action("user", "import", "import-grants", Map.of("rows", rows.size(), "imported", plan.size()));
        return ImportReport.succeeded(rows.size());
    }

    private Optional<Planned> check(SheetRow row, Map<String, Integer> seen, Long self, List<RowError> errors) {
        int n = row.number();
        int before = errors.size();
        String username = row.get(texts.header(USERNAME)).toLowerCase(Locale.ROOT);
        Optional<UserSummary> user = Optional.empty();
        if (username.isEmpty()) {
            errors.add(texts.error(n, USERNAME, "import.required"));
        } else if (seen.putIfAbsent(username, n) != null) {
            errors.add(texts.error(n, USERNAME, "import.username.repeated", username, seen.get(username)));
        } else {
            user = username.length() > 64 ? Optional.empty()
                    : directory.findByUsername(username).filter(u -> scope.canSee(u.unitId()));
            if (user.isEmpty()) {
                errors.add(texts.error(n, USERNAME, "import.user-unknown", username));
            } else if (user.get().id().equals(self)) {
                errors.add(texts.error(n, USERNAME, "user.roles.self"));
            }
        }
        String cell = row.get(texts.header(ROLES));
        List<String> unknown = new ArrayList<>();
        Set<Role> roles = texts.roles(cell, unknown);
        if (cell.isBlank()) {
            errors.add(texts.error(n, ROLES, "import.required"));
        } else if (!unknown.isEmpty()) {
            errors.add(texts.error(n, ROLES, "import.grant.role-unknown", String.join("、", unknown)));
        } else {
            long admin = roles.stream().filter(Role::isAdministrator).count();
            if (admin > 1) {
                errors.add(texts.error(n, ROLES, "user.roles.two-admin"));
            } else if (admin == 1 && roles.size() > 1) {
                errors.add(texts.error(n, ROLES, "user.roles.admin-and-business"));
            }
        }
        return errors.size() == before && user.isPresent() ? Optional.of(new Planned(user.get().id(), roles))
                : Optional.empty();
    }
}
