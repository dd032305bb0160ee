package org.fazhi.litigation;

import java.security.SecureRandom;
import java.util.EnumSet;
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

/**
 * A locality of its own for one test class, so it never depends on the demo data nor on what other
 * classes left behind:
 * <pre>
 * 示范县 (SFX)
 *   诉讼{tag}人民政府 (government)   lt{tag}fz (RULE_OF_LAW_OFFICE): carries the suits of the subtree
 *     诉讼{tag}市场局 (agency)          lt{tag}sc (LEGAL_REVIEWER, its own suits), lt{tag}qc (DRAFTER, reads)
 *     诉讼{tag}镇 (town)
 *   诉讼{tag}他县司法局 (outside)       lt{tag}sx (LEGAL_REVIEWER): another unit, sees nothing
 * </pre>
 */
public record LitigationFixture(String tag, long government, long agency, long town, long outside, String handler,
        String agencyHandler, String drafter, String outsider) {

    private static final SecureRandom RANDOM = new SecureRandom();

    public static LitigationFixture create(ApplicationContext ctx) {
        ActingAs as = ctx.getBean(ActingAs.class);
        Units units = ctx.getBean(Units.class);
        String tag = letters(6);
        long county = units.findByCode("SFX").orElseThrow().id();
        return as.run("fzb", () -> {
            Unit gov = units.create(new UnitDraft(county, "LT" + tag + "-G", "诉讼" + tag + "人民政府", UnitKind.GOVERNMENT,
                    UnitLevel.COUNTY, 92, true));
            Unit agency = units.create(new UnitDraft(gov.id(), "LT" + tag + "-A", "诉讼" + tag + "市场局",
                    UnitKind.ENFORCEMENT_AGENCY, UnitLevel.COUNTY, 1, true));
            Unit town = units.create(new UnitDraft(gov.id(), "LT" + tag + "-T", "诉讼" + tag + "镇", UnitKind.TOWNSHIP,
                    UnitLevel.TOWNSHIP, 2, true));
            Unit outside = units.create(new UnitDraft(county, "LT" + tag + "-O", "诉讼" + tag + "他县司法局",
                    UnitKind.DEPARTMENT, UnitLevel.COUNTY, 93, true));
            String t = tag.toLowerCase();
            return new LitigationFixture(tag, gov.id(), agency.id(), town.id(), outside.id(),
                    account(ctx, "lt" + t + "fz", gov.id(), Role.RULE_OF_LAW_OFFICE),
                    account(ctx, "lt" + t + "sc", agency.id(), Role.LEGAL_REVIEWER),
                    account(ctx, "lt" + t + "qc", agency.id(), Role.DRAFTER),
                    account(ctx, "lt" + t + "sx", outside.id(), Role.LEGAL_REVIEWER));
        });
    }

    static String letters(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append((char) ('A' + RANDOM.nextInt(26)));
        }
        return sb.toString();
    }

    public static String account(ApplicationContext ctx, String username, long unitId, Role role) {
        ActingAs as = ctx.getBean(ActingAs.class);
        UserAccounts accounts = ctx.getBean(UserAccounts.class);
        var issued = as.run("admin", () -> accounts.create(new UserDraft(username, "测试" + username, unitId, null, null,
                true, null, null)));
        as.run("secadmin", () -> accounts.grantRoles(issued.userId(), EnumSet.of(role)));
        // signed in on the console and the API by the tests without the first-login password change
        ctx.getBean(JdbcClient.class).sql("update app_user set must_change_password = false where username = ?")
                .param(username).update();
        return username;
    }
}
