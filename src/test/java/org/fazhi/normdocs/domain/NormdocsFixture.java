package org.fazhi.normdocs.domain;

import java.security.SecureRandom;
import java.time.LocalDate;
import org.fazhi.normdocs.IssuingBodies;
import org.fazhi.normdocs.IssuingBody;
import org.fazhi.review.LegalAdviser;
import org.fazhi.review.LegalAdvisers;
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
 * A locality of its own for one test class, so that the class never depends on demo data nor on
 * what other classes (or earlier runs on a kept PostgreSQL database) left behind:
 * <pre>
 * 示范县 (SFX)
 *   测试镇{tag}人民政府 (town)              drafter  nd{tag}qc   (DRAFTER)
 *     测试镇{tag}司法所 (townDesk)           reviewer nd{tag}sc   (LEGAL_REVIEWER), the town's review desk, its advisers
 *     测试镇{tag}综合办 (townOffice)         outsider nd{tag}sx   (LEGAL_REVIEWER, not of the desk)
 *   示范县司法局 (SFX-SFJ)
 *     登记科{tag} (office)                   registering office, prefix T{tag}
 * </pre>
 * The issuing body 测试镇{tag}人民政府 (prefix 测{tag}发) is registered by the office; fzb (county
 * rule-of-law office) sets everything up and registers documents.
 */
public record NormdocsFixture(String tag, long county, long justice, long town, long townDesk, long townOffice,
        long office, String officePrefix, IssuingBody body, String drafter, String reviewer,
        String outsideReviewer) {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** Upper-case letters no other run is likely to draw (26^6). */
    public static String letters(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append((char) ('A' + RANDOM.nextInt(26)));
        }
        return sb.toString();
    }

    public static NormdocsFixture create(ApplicationContext ctx) {
        ActingAs as = ctx.getBean(ActingAs.class);
        Units units = ctx.getBean(Units.class);
        IssuingBodies bodies = ctx.getBean(IssuingBodies.class);
        ReviewDesks desks = ctx.getBean(ReviewDesks.class);
        String tag = letters(6);
        long county = units.findByCode("SFX").orElseThrow().id();
        long justice = units.findByCode("SFX-SFJ").orElseThrow().id();
        return as.run("fzb", () -> {
            Unit town = units.create(new UnitDraft(county, "ND" + tag + "-Z", "测试镇" + tag + "人民政府",
                    UnitKind.TOWNSHIP, UnitLevel.TOWNSHIP, 90, true));
            Unit townDesk = units.create(new UnitDraft(town.id(), "ND" + tag + "-ZS", "测试镇" + tag + "司法所",
                    UnitKind.DEPARTMENT, UnitLevel.TOWNSHIP, 1, true));
            Unit townOffice = units.create(new UnitDraft(town.id(), "ND" + tag + "-ZB", "测试镇" + tag + "综合办",
                    UnitKind.DEPARTMENT, UnitLevel.TOWNSHIP, 2, true));
            Unit office = units.create(new UnitDraft(justice, "ND" + tag + "-DJ", "登记科" + tag,
                    UnitKind.DEPARTMENT, UnitLevel.COUNTY, 90, true));
            String prefix = "T" + tag;
            bodies.registerOffice(office.id(), prefix);
            IssuingBody body = bodies.add(new IssuingBodies.BodyRequest(town.id(), "测试镇" + tag + "人民政府",
                    "测" + tag + "发", office.id()));
            desks.assign(town.id(), townDesk.id());
            String drafter = account(ctx, "nd" + tag.toLowerCase() + "qc", town.id(), Role.DRAFTER);
            String reviewer = account(ctx, "nd" + tag.toLowerCase() + "sc", townDesk.id(), Role.LEGAL_REVIEWER);
            String outsider = account(ctx, "nd" + tag.toLowerCase() + "sx", townOffice.id(), Role.LEGAL_REVIEWER);
            return new NormdocsFixture(tag, county, justice, town.id(), townDesk.id(), townOffice.id(), office.id(),
                    prefix, body, drafter, reviewer, outsider);
        });
    }

    /** Another issuing body of the town registered by the same office. */
    public IssuingBody secondBody(ApplicationContext ctx, String suffix) {
        return ctx.getBean(ActingAs.class).run("fzb", () -> ctx.getBean(IssuingBodies.class)
                .add(new IssuingBodies.BodyRequest(town, "测试镇" + tag + suffix, "测" + tag + suffix, office)));
    }

    /** A legal adviser of the town's desk, under contract from {@code from} to {@code to}. */
    public LegalAdviser adviser(ApplicationContext ctx, String name, LocalDate from, LocalDate to) {
        return ctx.getBean(ActingAs.class).run(reviewer, () -> ctx.getBean(LegalAdvisers.class)
                .register(new LegalAdvisers.AdviserRequest(townDesk, name + tag, LegalAdviser.AdviserKind.LEGAL_ADVISER,
                        "明理律师事务所", null, from, to, true)));
    }

    /** A new account with one business role (created by the system administrator, granted by the security one). */
    static String account(ApplicationContext ctx, String username, long unitId, Role role) {
        ActingAs as = ctx.getBean(ActingAs.class);
        UserAccounts accounts = ctx.getBean(UserAccounts.class);
        var issued = as.run("admin", () -> accounts.create(new UserDraft(username, "测试" + username, unitId, null, null,
                true, null, null)));
        as.run("secadmin", () -> accounts.grantRoles(issued.userId(), java.util.EnumSet.of(role)));
        return username;
    }
}
