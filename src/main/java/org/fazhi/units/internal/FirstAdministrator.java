package org.fazhi.units.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.fazhi.audit.AuditLog;
import org.fazhi.units.Role;
import org.fazhi.units.Unit;
import org.fazhi.units.UnitKind;
import org.fazhi.units.UnitLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the first system administrator on an empty database (no fixed default password,
 * SECURITY.md AC-02): the password comes from {@code FAZHI_ADMIN_PASSWORD}, or is generated,
 * logged once and written to {@code <data-dir>/initial-admin-password}. Either way it is a one-time
 * secret that must be changed at the first sign-in (a password from the environment is known to
 * whoever set the environment).
 */
@Component
@Order(110)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);
    static final String PASSWORD_FILE = "initial-admin-password";

    private final UserStore users;
    private final UnitStore units;
    private final org.fazhi.units.AccountCredentials credentials;
    private final AuditLog audit;
    private final String username;
    private final String configuredPassword;
    private final Path dataDir;
    private final String rootCode;
    private final String rootName;

    FirstAdministrator(UserStore users, UnitStore units, org.fazhi.units.AccountCredentials credentials, AuditLog audit,
            @Value("${fazhi.admin.username:admin}") String username,
            @Value("${fazhi.admin.password:}") String configuredPassword,
            @Value("${fazhi.data-dir:./data}") String dataDir,
            @Value("${fazhi.root-unit.code:ROOT}") String rootCode,
            @Value("${fazhi.root-unit.name:本级人民政府}") String rootName) {
        this.users = users;
        this.units = units;
        this.credentials = credentials;
        this.audit = audit;
        this.username = username.strip().toLowerCase();
        this.configuredPassword = configuredPassword;
        this.dataDir = Path.of(dataDir);
        this.rootCode = rootCode;
        this.rootName = rootName;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (users.findByUsername(username).isPresent()
                || !users.withRoleInUnits(units.all().stream().map(Unit::id).toList(), Role.SYSTEM_ADMIN).isEmpty()) {
            return;
        }
        Unit root = units.all().stream().filter(u -> u.parentId() == null).findFirst()
                .orElseGet(() -> units.insert(null, rootCode, rootName, UnitKind.GOVERNMENT, UnitLevel.COUNTY, 0));
        boolean generated = configuredPassword == null || configuredPassword.isBlank();
        String password = generated ? credentials.generatePassword() : configuredPassword;
        if (!generated) {
            List<String> broken = credentials.violations(password, username);
            if (!broken.isEmpty()) {
                throw new IllegalStateException("FAZHI_ADMIN_PASSWORD does not meet the password policy: " + broken);
            }
        }
        long id = users.insert(new UserAccount(null, username, "系统管理员", root.id(), null, null, Role.SYSTEM_ADMIN,
                java.util.Set.of(), credentials.hash(password), null, true, true, 0, null, null, null, null, false, false));
        audit.action("user", id, "create-first-administrator", Map.of("username", username, "unitId", root.id()));
        if (generated) {
            writePasswordFile(password);
            log.warn("\n\n*** First administrator '{}' created. Initial password: {}\n*** (also written to {};"
                    + " it must be changed at first sign-in)\n", username, password,
                    dataDir.resolve(PASSWORD_FILE).toAbsolutePath());
        } else {
            log.info("First administrator '{}' created with the password from FAZHI_ADMIN_PASSWORD; it must be changed"
                    + " at the first sign-in", username);
        }
    }

    private void writePasswordFile(String password) {
        SecretFiles.write(dataDir, PASSWORD_FILE, password + "\n");
    }
}
