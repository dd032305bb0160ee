package org.fazhi.suggestions;

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
 * Units of its own for one test class:
 * <pre>
 * 示范县 (SFX)
 *   协调{tag} (coord)      coordinator jy{tag}fz (RULE_OF_LAW_OFFICE)
 *     主办{tag} (lead)     clerk jy{tag}jb (DRAFTER), leader jy{tag}ld (LEADER)
 *     会办{tag} (co)       co-clerk jy{tag}hb (DRAFTER)
 *   外单位{tag} (other)    outsider jy{tag}wx (DRAFTER), its 法治办 jy{tag}wf (RULE_OF_LAW_OFFICE)
 * </pre>
 */
public record SuggestionsFixture(String tag, long coord, long lead, long co, long other, String coordinator,
        String clerk, String leader, String coClerk, String outsider, String otherOffice,
        Map<String, String> passwords) {

    private static final SecureRandom RANDOM = new SecureRandom();

    public static SuggestionsFixture create(ApplicationContext ctx) {
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
            Unit coord = units.create(new UnitDraft(county, "JY" + tag + "-C", "协调" + tag, UnitKind.DEPARTMENT,
                    UnitLevel.COUNTY, 90, true));
            Unit lead = units.create(new UnitDraft(coord.id(), "JY" + tag + "-L", "主办" + tag, UnitKind.DEPARTMENT,
                    UnitLevel.COUNTY, 1, true));
            Unit co = units.create(new UnitDraft(coord.id(), "JY" + tag + "-H", "会办" + tag, UnitKind.DEPARTMENT,
                    UnitLevel.COUNTY, 2, true));
            Unit other = units.create(new UnitDraft(county, "JY" + tag + "-W", "外单位" + tag, UnitKind.DEPARTMENT,
                    UnitLevel.COUNTY, 91, true));
            Map<String, String> passwords = new HashMap<>();
            String coordinator = account(ctx, "jy" + t + "fz", coord.id(), Role.RULE_OF_LAW_OFFICE, passwords);
            String clerk = account(ctx, "jy" + t + "jb", lead.id(), Role.DRAFTER, passwords);
            String leader = account(ctx, "jy" + t + "ld", lead.id(), Role.LEADER, passwords);
            String coClerk = account(ctx, "jy" + t + "hb", co.id(), Role.DRAFTER, passwords);
            String outsider = account(ctx, "jy" + t + "wx", other.id(), Role.DRAFTER, passwords);
            String otherOffice = account(ctx, "jy" + t + "wf", other.id(), Role.RULE_OF_LAW_OFFICE, passwords);
            return new SuggestionsFixture(tag, coord.id(), lead.id(), co.id(), other.id(), coordinator, clerk,
                    leader, coClerk, outsider, otherOffice, Map.copyOf(passwords));
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
