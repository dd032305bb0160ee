package org.fazhi.tickets;

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
 * Two departments of their own under the demo county (the hotline's dispatch unit) for one test class:
 * <pre>
 * 示范县 (SFX)          dispatcher fzb (RULE_OF_LAW_OFFICE, the demo account)
 *   承办局{tag} (dept)   clerk gd{tag}jb (DRAFTER), second gd{tag}fz (RULE_OF_LAW_OFFICE), leader gd{tag}ld (LEADER)
 *   邻局{tag} (other)    outsider gd{tag}wx (DRAFTER)
 * </pre>
 */
public record TicketsFixture(String tag, long dept, long other, String clerk, String second, String leader,
        String outsider, Map<String, String> passwords) {

    private static final SecureRandom RANDOM = new SecureRandom();
    public static final String DISPATCHER = "fzb";

    public static TicketsFixture create(ApplicationContext ctx) {
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
            Unit dept = units.create(new UnitDraft(county, "GD" + tag + "-A", "承办局" + tag, UnitKind.DEPARTMENT,
                    UnitLevel.COUNTY, 82, true));
            Unit other = units.create(new UnitDraft(county, "GD" + tag + "-B", "邻局" + tag, UnitKind.DEPARTMENT,
                    UnitLevel.COUNTY, 83, true));
            Map<String, String> passwords = new HashMap<>();
            String clerk = account(ctx, "gd" + t + "jb", dept.id(), Role.DRAFTER, passwords);
            String second = account(ctx, "gd" + t + "fz", dept.id(), Role.RULE_OF_LAW_OFFICE, passwords);
            String leader = account(ctx, "gd" + t + "ld", dept.id(), Role.LEADER, passwords);
            String outsider = account(ctx, "gd" + t + "wx", other.id(), Role.DRAFTER, passwords);
            return new TicketsFixture(tag, dept.id(), other.id(), clerk, second, leader, outsider,
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
