package org.fazhi.lists;

import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.List;
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
 * Units and accounts of their own for one test class, so that it never depends on demo data nor on what
 * other classes left behind:
 * <pre>
 * 示范县 (SFX, reviewed by the 司法局 desk: shencha)
 *   测试局{tag} (dept)          keeper  ls{tag}qc (DRAFTER)
 *     执法大队{tag} (squad)
 *   另一局{tag} (other)         outsider ls{tag}qx (DRAFTER)
 * </pre>
 */
public record ListsFixture(String tag, long county, long dept, long squad, long other, String keeper,
        String outsider, Map<String, String> passwords) {

    private static final SecureRandom RANDOM = new SecureRandom();

    public static String letters(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append((char) ('A' + RANDOM.nextInt(26)));
        }
        return sb.toString();
    }

    public static ListsFixture create(ApplicationContext ctx) {
        ActingAs as = ctx.getBean(ActingAs.class);
        Units units = ctx.getBean(Units.class);
        String tag = letters(6);
        long county = units.findByCode("SFX").orElseThrow().id();
        return as.run("fzb", () -> {
            Unit dept = units.create(new UnitDraft(county, "LS" + tag + "-J", "测试局" + tag, UnitKind.ENFORCEMENT_AGENCY,
                    UnitLevel.COUNTY, 80, true));
            Unit squad = units.create(new UnitDraft(dept.id(), "LS" + tag + "-D", "执法大队" + tag,
                    UnitKind.ENFORCEMENT_AGENCY, UnitLevel.COUNTY, 1, true));
            Unit other = units.create(new UnitDraft(county, "LS" + tag + "-Q", "另一局" + tag, UnitKind.DEPARTMENT,
                    UnitLevel.COUNTY, 81, true));
            var keeper = account(ctx, "ls" + tag.toLowerCase() + "qc", dept.id(), Role.DRAFTER);
            var outsider = account(ctx, "ls" + tag.toLowerCase() + "qx", other.id(), Role.DRAFTER);
            return new ListsFixture(tag, county, dept.id(), squad.id(), other.id(), keeper.username(),
                    outsider.username(), Map.of(keeper.username(), keeper.password(), outsider.username(),
                            outsider.password()));
        });
    }

    /**
     * A new account with one business role (created by the system administrator, granted by the security
     * one), its first password already changed so that it may use the console.
     */
    static UserAccounts.IssuedPassword account(ApplicationContext ctx, String username, long unitId, Role role) {
        ActingAs as = ctx.getBean(ActingAs.class);
        UserAccounts accounts = ctx.getBean(UserAccounts.class);
        var issued = as.run("admin", () -> accounts.create(new UserDraft(username, "测试" + username, unitId, null, null,
                true, null, null)));
        as.run("secadmin", () -> accounts.grantRoles(issued.userId(), EnumSet.of(role)));
        ctx.getBean(JdbcClient.class).sql("update app_user set must_change_password = false where username = ?")
                .param(username).update();
        return issued;
    }

    /** HTTP Basic as one of the fixture's accounts. */
    public RequestPostProcessor basic(String username) {
        return SecurityMockMvcRequestPostProcessors.httpBasic(username, passwords.get(username));
    }

    /** A power-list row of a sheet. */
    public static ListImport.Row power(int row, String code, String name, String type, String law, String article,
            String unit) {
        return new ListImport.Row(row, Map.of("code", code, "name", name, "power-type", type, "basis-law", law,
                "basis-article", article, "unit", unit == null ? "" : unit, "responsibilities", "立案、调查、决定、执行责任",
                "accountability", "不依法履行职责的，依法追究责任"));
    }

    /** Three powers of the department: two penalties (one exercised by the squad) and an inspection. */
    public List<ListImport.Row> firstPowerList() {
        return List.of(
                power(2, "CF-" + tag + "-001", "对无证经营的处罚", "行政处罚", "《无证无照经营查处办法》", "第十三条", null),
                power(3, "CF-" + tag + "-002", "对违规占道经营的处罚", "处罚", "《城市市容和环境卫生管理条例》", "第三十六条",
                        "执法大队" + tag),
                power(4, "JC-" + tag + "-001", "对经营场所的监督检查", "行政检查", "《无证无照经营查处办法》", "第十一条", null));
    }
}
