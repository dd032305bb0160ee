package org.fazhi.governance;

import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import org.fazhi.units.ActingAs;
import org.fazhi.units.Role;
import org.fazhi.units.Unit;
import org.fazhi.units.UnitDraft;
import org.fazhi.units.UnitKind;
import org.fazhi.units.UnitLevel;
import org.fazhi.units.UserAccounts;
import org.fazhi.units.UserDraft;
import org.fazhi.units.Units;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A township of its own for one test class:
 * <pre>
 * 示范县 (SFX)
 *   治理镇{tag} (town, TOWNSHIP)     office   gv{tag}fz (RULE_OF_LAW_OFFICE), leader gv{tag}ld (LEADER)
 *     治理镇{tag}综治办 (dept)        worker   gv{tag}jb (DRAFTER)
 *     治理镇{tag}司法所 (codept)      coworker gv{tag}pj (DRAFTER)
 *   邻镇{tag} (other, TOWNSHIP)      outsider gv{tag}wx (RULE_OF_LAW_OFFICE)
 * </pre>
 */
public record GovernanceFixture(String tag, long county, long town, long dept, long codept, long other, String office,
        String leader, String worker, String coworker, String outsider, Map<String, String> passwords) {

    private static final SecureRandom RANDOM = new SecureRandom();

    static String letters(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append((char) ('A' + RANDOM.nextInt(26)));
        }
        return sb.toString();
    }

    public static GovernanceFixture create(ApplicationContext ctx) {
        ActingAs as = ctx.getBean(ActingAs.class);
        Units units = ctx.getBean(Units.class);
        String tag = letters(6);
        String t = tag.toLowerCase();
        long county = units.findByCode("SFX").orElseThrow().id();
        return as.run("fzb", () -> {
            Unit town = units.create(new UnitDraft(county, "GV" + tag + "-Z", "治理镇" + tag, UnitKind.TOWNSHIP,
                    UnitLevel.TOWNSHIP, 70, true));
            Unit dept = units.create(new UnitDraft(town.id(), "GV" + tag + "-ZB", "治理镇" + tag + "综治办",
                    UnitKind.DEPARTMENT, UnitLevel.TOWNSHIP, 1, true));
            Unit codept = units.create(new UnitDraft(town.id(), "GV" + tag + "-SF", "治理镇" + tag + "司法所",
                    UnitKind.DEPARTMENT, UnitLevel.TOWNSHIP, 2, true));
            Unit other = units.create(new UnitDraft(county, "GV" + tag + "-L", "邻镇" + tag, UnitKind.TOWNSHIP,
                    UnitLevel.TOWNSHIP, 71, true));
            Map<String, String> passwords = new HashMap<>();
            String office = account(ctx, "gv" + t + "fz", town.id(), Role.RULE_OF_LAW_OFFICE, passwords);
            String leader = account(ctx, "gv" + t + "ld", town.id(), Role.LEADER, passwords);
            String worker = account(ctx, "gv" + t + "jb", dept.id(), Role.DRAFTER, passwords);
            String coworker = account(ctx, "gv" + t + "pj", codept.id(), Role.DRAFTER, passwords);
            String outsider = account(ctx, "gv" + t + "wx", other.id(), Role.RULE_OF_LAW_OFFICE, passwords);
            return new GovernanceFixture(tag, county, town.id(), dept.id(), codept.id(), other.id(), office, leader,
                    worker, coworker, outsider, Map.copyOf(passwords));
        });
    }

    /** A new account with one business role, its first password already changed. */
    static String account(ApplicationContext ctx, String username, long unitId, Role role, Map<String, String> passwords) {
        ActingAs as = ctx.getBean(ActingAs.class);
        UserAccounts accounts = ctx.getBean(UserAccounts.class);
        var issued = as.run("admin", () -> accounts.create(new UserDraft(username, "测试" + username, unitId, null, null,
                true, null, null)));
        as.run("secadmin", () -> accounts.grantRoles(issued.userId(), EnumSet.of(role)));
        ctx.getBean(JdbcClient.class).sql("update app_user set must_change_password = false where username = ?")
                .param(username).update();
        passwords.put(username, issued.password());
        return username;
    }

    /** HTTP Basic as one of the fixture's accounts. */
    public RequestPostProcessor basic(String username) {
        return SecurityMockMvcRequestPostProcessors.httpBasic(username, passwords.get(username));
    }

    /** The names of the fixture's units as a plan's task table names them. */
    public String deptName() {
        return "治理镇" + tag + "综治办";
    }

    public String codeptName() {
        return "治理镇" + tag + "司法所";
    }
}
