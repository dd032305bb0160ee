package org.fazhi.decisions;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.fazhi.review.ReviewDesks;
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
 * A government of its own for one test class, so that the class never depends on demo data nor on
 * what other classes left behind:
 * <pre>
 * 示范县 (SFX)
 *   决策{tag}县人民政府 (government)        keeper   jc{tag}fz  (RULE_OF_LAW_OFFICE, DRAFTER)
 *     决策{tag}自然资源局 (sponsor)          drafter  jc{tag}qc  (DRAFTER)
 *     决策{tag}司法局 (desk)                 reviewer jc{tag}sc  (LEGAL_REVIEWER), the government's review desk
 *     决策{tag}发展研究中心 (evaluator)
 *   决策{tag}邻乡人民政府 (other)            outsider jc{tag}wx  (DRAFTER, RULE_OF_LAW_OFFICE)
 * </pre>
 */
public record DecisionsFixture(String tag, long government, long sponsor, long desk, long evaluator, long other,
        String keeper, String drafter, String reviewer, String outsider) {

    private static final SecureRandom RANDOM = new SecureRandom();

    public static DecisionsFixture create(ApplicationContext ctx) {
        ActingAs as = ctx.getBean(ActingAs.class);
        Units units = ctx.getBean(Units.class);
        ReviewDesks desks = ctx.getBean(ReviewDesks.class);
        String tag = letters(6);
        long county = units.findByCode("SFX").orElseThrow().id();
        return as.run("fzb", () -> {
            Unit gov = units.create(new UnitDraft(county, "JC" + tag, "决策" + tag + "县人民政府", UnitKind.GOVERNMENT,
                    UnitLevel.COUNTY, 91, true));
            Unit sponsor = units.create(new UnitDraft(gov.id(), "JC" + tag + "-ZR", "决策" + tag + "自然资源局",
                    UnitKind.DEPARTMENT, UnitLevel.COUNTY, 1, true));
            Unit desk = units.create(new UnitDraft(gov.id(), "JC" + tag + "-SF", "决策" + tag + "司法局",
                    UnitKind.DEPARTMENT, UnitLevel.COUNTY, 2, true));
            Unit evaluator = units.create(new UnitDraft(gov.id(), "JC" + tag + "-YJ", "决策" + tag + "发展研究中心",
                    UnitKind.DEPARTMENT, UnitLevel.COUNTY, 3, true));
            Unit other = units.create(new UnitDraft(county, "JC" + tag + "-LX", "决策" + tag + "邻乡人民政府",
                    UnitKind.TOWNSHIP, UnitLevel.TOWNSHIP, 92, true));
            desks.assign(gov.id(), desk.id());
            String t = tag.toLowerCase();
            String keeper = account(ctx, "jc" + t + "fz", gov.id(), EnumSet.of(Role.RULE_OF_LAW_OFFICE, Role.DRAFTER));
            String drafter = account(ctx, "jc" + t + "qc", sponsor.id(), EnumSet.of(Role.DRAFTER));
            String reviewer = account(ctx, "jc" + t + "sc", desk.id(), EnumSet.of(Role.LEGAL_REVIEWER));
            String outsider = account(ctx, "jc" + t + "wx", other.id(), EnumSet.of(Role.DRAFTER,
                    Role.RULE_OF_LAW_OFFICE));
            return new DecisionsFixture(tag, gov.id(), sponsor.id(), desk.id(), evaluator.id(), other.id(), keeper,
                    drafter, reviewer, outsider);
        });
    }

    /** A published catalog of the government for {@code year} with the given items (sponsor: the sponsor unit). */
    public DecisionCatalog publishedCatalog(ApplicationContext ctx, int year, String... titles) {
        DecisionCatalogs catalogs = ctx.getBean(DecisionCatalogs.class);
        return ctx.getBean(ActingAs.class).run(keeper, () -> {
            DecisionCatalog c = catalogs.create(new CatalogRequest(government, year, "决策" + tag + year + "年度目录"));
            for (String title : titles) {
                catalogs.addItem(c.id(), item(title));
            }
            catalogs.recordApproval(c.id(), new ApprovalRequest("中共决策" + tag + "县委", "县委常委会会议",
                    LocalDate.of(year, 1, 15)));
            return catalogs.publish(c.id());
        });
    }

    public CatalogItemRequest item(String title) {
        return new CatalogItemRequest(title, sponsor, 2, List.of(DecisionCriterion.PUBLIC_INTEREST), "涉及群众切身利益");
    }

    public static String letters(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append((char) ('A' + RANDOM.nextInt(26)));
        }
        return sb.toString();
    }

    static String account(ApplicationContext ctx, String username, long unitId, EnumSet<Role> roles) {
        ActingAs as = ctx.getBean(ActingAs.class);
        UserAccounts accounts = ctx.getBean(UserAccounts.class);
        var issued = as.run("admin", () -> accounts.create(new UserDraft(username, "测试" + username, unitId, null, null,
                true, null, null)));
        as.run("secadmin", () -> accounts.grantRoles(issued.userId(), roles));
        // signed in on the console by the web tests without the first sign-in's password change
        ctx.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
                .sql("update app_user set must_change_password = false where username = ?").param(username).update();
        return username;
    }
}
