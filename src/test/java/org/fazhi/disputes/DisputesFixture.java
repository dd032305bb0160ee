package org.fazhi.disputes;

import java.security.SecureRandom;
import java.time.LocalDate;
import org.fazhi.units.ActingAs;
import org.fazhi.units.Unit;
import org.fazhi.units.UnitDraft;
import org.fazhi.units.UnitKind;
import org.fazhi.units.UnitLevel;
import org.fazhi.units.Units;
import org.springframework.context.ApplicationContext;

/**
 * A part of the unit tree of its own for one test class, so that no class depends on demo records or on
 * what other classes left behind, worked by the demo accounts:
 * <pre>
 * 东湖镇 (SFX-DH)                             handler donghu (RULE_OF_LAW_OFFICE, DRAFTER)
 *   调解测试片区{tag} (town)
 *     {tag}甲村, {tag}乙村 (villages)
 *     {tag}执法中队 (an enforcement department)
 *     甲村人民调解委员会 (a village committee of 甲村, with a mediator since 2020)
 * 西山乡 (SFX-XS)                             outsider xishan
 *   调解测试片区{tag}西 (other)
 * </pre>
 * The county's fzb (rule-of-law office) and lingdao (leader) see both; shencha (a reviewer of the justice
 * bureau) sees neither.
 */
public record DisputesFixture(String tag, long town, long villageA, long villageB, long agency, long other,
        MediationOrg committee, Mediator mediator, String handler, String outsider) {

    private static final SecureRandom RANDOM = new SecureRandom();

    static String letters(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append((char) ('A' + RANDOM.nextInt(26)));
        }
        return sb.toString();
    }

    public static DisputesFixture create(ApplicationContext ctx) {
        ActingAs as = ctx.getBean(ActingAs.class);
        Units units = ctx.getBean(Units.class);
        String tag = letters(6);
        long donghu = units.findByCode("SFX-DH").orElseThrow().id();
        long xishan = units.findByCode("SFX-XS").orElseThrow().id();
        Unit[] made = as.run("fzb", () -> {
            Unit town = units.create(new UnitDraft(donghu, "DP" + tag + "-Z", "调解测试片区" + tag, UnitKind.OTHER,
                    UnitLevel.TOWNSHIP, 95, true));
            Unit a = units.create(new UnitDraft(town.id(), "DP" + tag + "-A", tag + "甲村", UnitKind.VILLAGE_COMMITTEE,
                    UnitLevel.VILLAGE, 1, true));
            Unit b = units.create(new UnitDraft(town.id(), "DP" + tag + "-B", tag + "乙村", UnitKind.VILLAGE_COMMITTEE,
                    UnitLevel.VILLAGE, 2, true));
            Unit agency = units.create(new UnitDraft(town.id(), "DP" + tag + "-ZF", tag + "执法中队",
                    UnitKind.ENFORCEMENT_AGENCY, UnitLevel.TOWNSHIP, 3, true));
            Unit other = units.create(new UnitDraft(xishan, "DP" + tag + "-X", "调解测试片区" + tag + "西", UnitKind.OTHER,
                    UnitLevel.TOWNSHIP, 96, true));
            return new Unit[] {town, a, b, agency, other};
        });
        String handler = "donghu";
        MediationOrgs orgs = ctx.getBean(MediationOrgs.class);
        MediationOrg committee = as.run(handler, () -> orgs.create(new MediationOrgRequest(made[1].id(),
                MediationOrgKind.VILLAGE, tag + "甲村人民调解委员会", null, null, LocalDate.of(2020, 1, 1))));
        Mediator mediator = as.run(handler, () -> orgs.addMediator(committee.id(), new MediatorRequest("调解员" + tag,
                null, true, LocalDate.of(2020, 1, 1))));
        return new DisputesFixture(tag, made[0].id(), made[1].id(), made[2].id(), made[3].id(), made[4].id(),
                committee, mediator, handler, "xishan");
    }
}
