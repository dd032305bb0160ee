package org.fazhi.disclosure;

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
 * A department of its own for one test class:
 * <pre>
 * 示范县 (SFX)
 *   公开局{tag} (dept)      clerk gk{tag}jb (DRAFTER), second gk{tag}fz (RULE_OF_LAW_OFFICE), leader gk{tag}ld (LEADER)
 *   邻局{tag} (other)       outsider gk{tag}wx (DRAFTER)
 * </pre>
 */
public record DisclosureFixture(String tag, long dept, long other, String clerk, String second, String leader,
        String outsider, Map<String, String> passwords) {

    private static final SecureRandom RANDOM = new SecureRandom();

    public static DisclosureFixture create(ApplicationContext ctx) {
        ActingAs as = ctx.getBean(ActingAs.class);
        Units units = ctx.getBean(Units.class);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            sb.append((char) ('A' + RANDOM.nextInt(26)));
        }
        String tag = sb.toString();
        String t = tag.toLowerCase();
        long county = units.findByCode("SFX").orElseThrow().id();
        return as.run("fzb", () -> {
            Unit dept = units.create(new UnitDraft(county, "GK" + tag + "-A", "公开局" + tag, UnitKind.DEPARTMENT,
                    UnitLevel.COUNTY, 80, true));
            Unit other = units.create(new UnitDraft(county, "GK" + tag + "-B", "邻局" + tag, UnitKind.DEPARTMENT,
                    UnitLevel.COUNTY, 81, true));
            Map<String, String> passwords = new HashMap<>();
            String clerk = account(ctx, "gk" + t + "jb", dept.id(), Role.DRAFTER, passwords);
            String second = account(ctx, "gk" + t + "fz", dept.id(), Role.RULE_OF_LAW_OFFICE, passwords);
            String leader = account(ctx, "gk" + t + "ld", dept.id(), Role.LEADER, passwords);
            String outsider = account(ctx, "gk" + t + "wx", other.id(), Role.DRAFTER, passwords);
            return new DisclosureFixture(tag, dept.id(), other.id(), clerk, second, leader, outsider,
                    Map.copyOf(passwords));
        });
    }

    static String account(ApplicationContext ctx, String username, long unitId, Role role,
            Map<String, String> passwords) {
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

    public RequestPostProcessor basic(String username) {
        return SecurityMockMvcRequestPostProcessors.httpBasic(username, passwords.get(username));
    }
}
