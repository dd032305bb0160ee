package org.fazhi.reconsideration;

import java.security.SecureRandom;
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

/**
 * A locality of its own for one test class, so it never depends on the demo data nor on what other
 * classes left behind:
 * <pre>
 * 示范县 (SFX)
 *   复议{tag}人民政府 (government)   the reconsideration body
 *     复议{tag}司法局 (justice)         handles its cases: handler rc{tag}sc (LEGAL_REVIEWER)
 *     复议{tag}市场局 (agency)          a respondent: rc{tag}qc (DRAFTER)
 *     复议{tag}镇 (town)                another agency under the body
 *   复议{tag}他县司法局 (outside)       rc{tag}sx (LEGAL_REVIEWER): another unit, sees nothing
 * </pre>
 */
public record ReconsiderationFixture(String tag, long government, long justice, long agency, long town, long outside,
        long bodyId, String handler, String respondent, String outsider) {

    private static final SecureRandom RANDOM = new SecureRandom();

    public static ReconsiderationFixture create(ApplicationContext ctx) {
        ActingAs as = ctx.getBean(ActingAs.class);
        Units units = ctx.getBean(Units.class);
        String tag = letters(6);
        long county = units.findByCode("SFX").orElseThrow().id();
        return as.run("fzb", () -> {
            Unit gov = units.create(new UnitDraft(county, "RC" + tag + "-G", "复议" + tag + "人民政府", UnitKind.GOVERNMENT,
                    UnitLevel.COUNTY, 90, true));
            Unit justice = units.create(new UnitDraft(gov.id(), "RC" + tag + "-J", "复议" + tag + "司法局",
                    UnitKind.DEPARTMENT, UnitLevel.COUNTY, 1, true));
            Unit agency = units.create(new UnitDraft(gov.id(), "RC" + tag + "-A", "复议" + tag + "市场局",
                    UnitKind.ENFORCEMENT_AGENCY, UnitLevel.COUNTY, 2, true));
            Unit town = units.create(new UnitDraft(gov.id(), "RC" + tag + "-T", "复议" + tag + "镇", UnitKind.TOWNSHIP,
                    UnitLevel.TOWNSHIP, 3, true));
            Unit outside = units.create(new UnitDraft(county, "RC" + tag + "-O", "复议" + tag + "他县司法局",
                    UnitKind.DEPARTMENT, UnitLevel.COUNTY, 91, true));
            long body = ctx.getBean(ReconsiderationBodies.class)
                    .add(new ReconsiderationBodyRequest(gov.id(), justice.id(), "复议" + tag + "人民政府")).id();
            String handler = account(ctx, "rc" + tag.toLowerCase() + "sc", justice.id(), Role.LEGAL_REVIEWER);
            String respondent = account(ctx, "rc" + tag.toLowerCase() + "qc", agency.id(), Role.DRAFTER);
            String outsider = account(ctx, "rc" + tag.toLowerCase() + "sx", outside.id(), Role.LEGAL_REVIEWER);
            return new ReconsiderationFixture(tag, gov.id(), justice.id(), agency.id(), town.id(), outside.id(), body,
                    handler, respondent, outsider);
        });
    }

    static String letters(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append((char) ('A' + RANDOM.nextInt(26)));
        }
        return sb.toString();
    }

    static String account(ApplicationContext ctx, String username, long unitId, Role role) {
        ActingAs as = ctx.getBean(ActingAs.class);
        UserAccounts accounts = ctx.getBean(UserAccounts.class);
        var issued = as.run("admin", () -> accounts.create(new UserDraft(username, "测试" + username, unitId, null, null,
                true, null, null)));
        as.run("secadmin", () -> accounts.grantRoles(issued.userId(), java.util.EnumSet.of(role)));
        return username;
    }
}
