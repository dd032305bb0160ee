package org.fazhi.units.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * The fictional demo locality, loaded on an empty database when {@code fazhi.demo-data} is on:
 * 示范市 with 示范县 (departments, enforcement agencies, a court, two townships with villages and
 * mediation committees) and a sibling county 邻县, and one account per role. All names are
 * invented. The demo password is {@code fazhi.demo.password}, or generated and written to
 * {@code <data-dir>/demo-accounts.txt}.
 */
@Component
@Order(100)
class DemoCounty implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCounty.class);

    private final UnitStore units;
    private final UserStore users;
    private final org.fazhi.units.AccountCredentials credentials;
    private final AuditLog audit;
    private final boolean enabled;
    private final String configuredPassword;
    private final Path dataDir;

    DemoCounty(UnitStore units, UserStore users, org.fazhi.units.AccountCredentials credentials, AuditLog audit,
            @Value("${fazhi.demo-data:true}") boolean enabled, @Value("${fazhi.demo.password:}") String password,
            @Value("${fazhi.data-dir:./data}") String dataDir) {
        this.units = units;
        this.users = users;
        this.credentials = credentials;
        this.audit = audit;
        this.enabled = enabled;
        this.configuredPassword = password;
        this.dataDir = Path.of(dataDir);
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!enabled || units.count() > 0) {
            return;
        }
        Unit city = units.insert(null, "SFS", "示范市人民政府", UnitKind.GOVERNMENT, UnitLevel.CITY, 0);
        Unit county = units.insert(city, "SFX", "示范县人民政府", UnitKind.GOVERNMENT, UnitLevel.COUNTY, 1);
        Unit justice = units.insert(county, "SFX-SFJ", "示范县司法局", UnitKind.DEPARTMENT, UnitLevel.COUNTY, 1);
        units.insert(county, "SFX-ZFB", "示范县人民政府办公室", UnitKind.DEPARTMENT, UnitLevel.COUNTY, 2);
        Unit market = units.insert(county, "SFX-SJJ", "示范县市场监督管理局", UnitKind.ENFORCEMENT_AGENCY,
                UnitLevel.COUNTY, 3);
        Unit zhzf = units.insert(county, "SFX-ZHZF", "示范县综合行政执法局", UnitKind.ENFORCEMENT_AGENCY,
                UnitLevel.COUNTY, 4);
        units.insert(county, "SFX-ZRZY", "示范县自然资源局", UnitKind.DEPARTMENT, UnitLevel.COUNTY, 5);
        units.insert(county, "SFX-JYJ", "示范县教育局", UnitKind.DEPARTMENT, UnitLevel.COUNTY, 6);
        units.insert(county, "SFX-FY", "示范县人民法院", UnitKind.COURT, UnitLevel.COUNTY, 9);
        Unit donghu = units.insert(county, "SFX-DH", "东湖镇人民政府", UnitKind.TOWNSHIP, UnitLevel.TOWNSHIP, 20);
        units.insert(donghu, "SFX-DH-TW", "东湖镇人民调解委员会", UnitKind.MEDIATION_COMMITTEE, UnitLevel.TOWNSHIP, 1);
        units.insert(donghu, "SFX-DH-QS", "东湖镇青石村民委员会", UnitKind.VILLAGE_COMMITTEE, UnitLevel.VILLAGE, 2);
        units.insert(donghu, "SFX-DH-LT", "东湖镇柳塘村民委员会", UnitKind.VILLAGE_COMMITTEE, UnitLevel.VILLAGE, 3);
        Unit xishan = units.insert(county, "SFX-XS", "西山乡人民政府", UnitKind.TOWNSHIP, UnitLevel.TOWNSHIP, 21);
        units.insert(xishan, "SFX-XS-TW", "西山乡人民调解委员会", UnitKind.MEDIATION_COMMITTEE, UnitLevel.TOWNSHIP, 1);
        units.insert(xishan, "SFX-XS-SL", "西山乡松林村民委员会", UnitKind.VILLAGE_COMMITTEE, UnitLevel.VILLAGE, 2);
        Unit neighbour = units.insert(city, "LX", "邻县人民政府", UnitKind.GOVERNMENT, UnitLevel.COUNTY, 2);
        Unit neighbourJustice = units.insert(neighbour, "LX-SFJ", "邻县司法局", UnitKind.DEPARTMENT, UnitLevel.COUNTY, 1);

        boolean generated = configuredPassword == null || configuredPassword.isBlank();
        String password = generated ? credentials.generatePassword() : configuredPassword;
        String hash = credentials.hash(password);
        List<String> lines = new ArrayList<>();
        account(lines, hash, "secadmin", "安全管理员（演示）", city, Role.SECURITY_ADMIN);
        account(lines, hash, "auditor", "审计管理员（演示）", city, Role.AUDITOR);
        account(lines, hash, "fzb", "孟依法", county, null, Role.RULE_OF_LAW_OFFICE);
        account(lines, hash, "lingdao", "宋明理", county, null, Role.LEADER);
        account(lines, hash, "shencha", "程守正", justice, null, Role.LEGAL_REVIEWER);
        account(lines, hash, "shencha2", "方知律", justice, null, Role.LEGAL_REVIEWER);
        account(lines, hash, "qicao", "苏文拟", market, null, Role.DRAFTER);
        account(lines, hash, "zhifa1", "江执中", zhzf, null, Role.ENFORCEMENT_OFFICER);
        account(lines, hash, "zhifa2", "钟秉公", zhzf, null, Role.ENFORCEMENT_OFFICER);
        account(lines, hash, "donghu", "韩乡安", donghu, null, Role.RULE_OF_LAW_OFFICE, Role.DRAFTER);
        account(lines, hash, "xishan", "白和睦", xishan, null, Role.RULE_OF_LAW_OFFICE, Role.DRAFTER);
        account(lines, hash, "linxian", "邵邻里", neighbourJustice, null, Role.RULE_OF_LAW_OFFICE);
        audit.action("demo-data", "units", "load", Map.of("units", units.count(), "accounts", lines.size()));
        if (generated) {
            writeAccounts(lines, password);
        }
        log.info("Demo locality 示范县 loaded: {} units, {} demo accounts{}", units.count(), lines.size(),
                generated ? " (password in " + dataDir.resolve("demo-accounts.txt").toAbsolutePath() + ")" : "");
    }

    private void account(List<String> lines, String hash, String username, String name, Unit unit, Role admin,
            Role... business) {
        users.insert(new UserAccount(null, username, name, unit.id(), null, null, admin, Set.of(business), hash, null,
                false, true, 0, null, null, null, null, false, false));
        lines.add(username + "\t" + name + "\t" + unit.name() + "\t"
                + (admin != null ? admin.name() : String.join(",", java.util.Arrays.stream(business).map(Role::name).toList())));
    }

    private void account(List<String> lines, String hash, String username, String name, Unit unit, Role admin) {
        account(lines, hash, username, name, unit, admin, new Role[0]);
    }

    private void writeAccounts(List<String> lines, String password) {
        try {
            Files.createDirectories(dataDir);
            StringBuilder sb = new StringBuilder("# 示范县 demo accounts (fictional). Password for all: ")
                    .append(password).append('\n');
            lines.forEach(l -> sb.append(l).append('\n'));
            Files.writeString(dataDir.resolve("demo-accounts.txt"), sb.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
