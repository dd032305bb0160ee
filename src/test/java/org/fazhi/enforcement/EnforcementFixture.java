package org.fazhi.enforcement;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
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
 * An enforcement locality of its own for one test class, so that it never depends on the demo data
 * nor on what other classes left behind:
 * <pre>
 * 示范县 (SFX)
 *   执法测试局{tag} (agency)      officer account ef{tag}zf (ENFORCEMENT_OFFICER), reviewer ef{tag}sh (LEGAL_REVIEWER)
 *     roster: 3 valid officers, one expired, one suspended, one auxiliary; power item {ref}
 *   执法测试二局{tag} (other)     one valid officer (a foreign certificate for the first agency), account ef{tag}wb
 * </pre>
 * The county 法治办 (fzb) registers the agencies and issues the certificates. Benchmark V{tag}: 一般
 * 1000–5000, 较重 5000–20000 fines; the minor-offence list holds M{tag}; the review catalog lists fines
 * of 10000 or more.
 */
public record EnforcementFixture(String tag, long unit, Agency agency, Agency other, String officer,
        String reviewer, String outsider, PowerItem power, Officer a, Officer b, Officer c, Officer expired, Officer suspended,
        Officer auxiliary, Officer foreign, String violation, String minorViolation) {

    private static final SecureRandom RANDOM = new SecureRandom();

    public static String letters(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append((char) ('A' + RANDOM.nextInt(26)));
        }
        return sb.toString();
    }

    public static EnforcementFixture create(ApplicationContext ctx) {
        ActingAs as = ctx.getBean(ActingAs.class);
        Units units = ctx.getBean(Units.class);
        Agencies agencies = ctx.getBean(Agencies.class);
        Officers officers = ctx.getBean(Officers.class);
        String tag = letters(6);
        long county = units.findByCode("SFX").orElseThrow().id();
        LocalDate today = LocalDate.now(ctx.getBean(java.time.Clock.class));
        Unit unit = as.run("fzb", () -> units.create(new UnitDraft(county, "EF" + tag, "执法测试局" + tag,
                UnitKind.ENFORCEMENT_AGENCY, UnitLevel.COUNTY, 80, true)));
        Unit otherUnit = as.run("fzb", () -> units.create(new UnitDraft(county, "EG" + tag, "执法测试二局" + tag,
                UnitKind.ENFORCEMENT_AGENCY, UnitLevel.COUNTY, 81, true)));
        String officer = account(ctx, "ef" + tag.toLowerCase() + "zf", unit.id(), Role.ENFORCEMENT_OFFICER);
        String reviewer = account(ctx, "ef" + tag.toLowerCase() + "sh", unit.id(), Role.LEGAL_REVIEWER);
        String outsider = account(ctx, "ef" + tag.toLowerCase() + "wb", otherUnit.id(), Role.ENFORCEMENT_OFFICER);
        Agency agency = as.run("fzb", () -> agencies.register(new AgencyRequest(unit.id(), "执法测试局" + tag,
                LegalStanding.STATUTORY, null, "《中华人民共和国测试法》第十条", "三定方案", "立案、调查、告知、决定、送达、执行",
                "可在六十日内申请行政复议，或者六个月内提起行政诉讼", "测" + tag, null, null)));
        Agency other = as.run("fzb", () -> agencies.register(new AgencyRequest(otherUnit.id(), "执法测试二局" + tag,
                LegalStanding.STATUTORY, null, "《中华人民共和国测试法》第十一条", null, null, null, "测二" + tag, null,
                null)));
        org.fazhi.lists.ListImport lists = ctx.getBean(org.fazhi.lists.ListImport.class);
        var loaded = as.run("fzb", () -> lists.loadInForce(unit.id(), org.fazhi.lists.ListKind.POWER,
                today.minusYears(3), "测试权责清单" + tag, List.of(new org.fazhi.lists.ListImport.Row(2, java.util.Map.of(
                        "code", "P" + tag, "name", "对违反测试管理规定行为的处罚", "power-type", "行政处罚",
                        "basis-law", "《中华人民共和国测试法》", "basis-article", "第三十条", "responsibilities",
                        "立案、调查、告知、决定、送达、执行责任", "accountability", "依法追究责任")))));
        if (!loaded.ok()) {
            throw new IllegalStateException("fixture power list refused: " + loaded.errors());
        }
        PowerItem power = ctx.getBean(PowerList.class).inForceOf(unit.id(), today).get(0);
        Officer a = certified(as, officers, officer, agency, "甲" + tag, "A" + tag, today.minusYears(2), today.plusYears(3));
        Officer b = certified(as, officers, officer, agency, "乙" + tag, "B" + tag, today.minusYears(2), today.plusYears(3));
        Officer c = certified(as, officers, officer, agency, "丙" + tag, "C" + tag, today.minusYears(2), today.plusYears(3));
        Officer expired = certified(as, officers, officer, agency, "丁" + tag, "D" + tag, today.minusYears(3),
                today.minusDays(10));
        Officer suspended = certified(as, officers, officer, agency, "戊" + tag, "E" + tag, today.minusYears(2),
                today.plusYears(3));
        Officer suspendedNow = as.run("fzb", () -> officers.changeStatus(suspended.id(),
                new StatusRequest(OfficerStatus.SUSPENDED, "涉嫌违规执法，暂扣执法证", null)));
        Officer auxiliary = as.run(officer, () -> officers.register(new OfficerRequest(agency.id(), "辅" + tag,
                OfficerKind.AUXILIARY, "协管", null)));
        Officer foreign = certified(as, officers, "fzb", other, "外" + tag, "F" + tag, today.minusYears(2),
                today.plusYears(3));
        DiscretionBenchmarks benchmarks = ctx.getBean(DiscretionBenchmarks.class);
        String violation = "V" + tag;
        as.run(officer, () -> benchmarks.publish(new BenchmarkRequest(unit.id(), violation, "未按规定测试" + tag,
                "《中华人民共和国测试法》第三十条", today.minusYears(2), List.of(
                        new BenchmarkRequest.Level(Circumstance.SLIGHT, "初次、及时改正", PenaltyType.WARNING, null, null),
                        new BenchmarkRequest.Level(Circumstance.GENERAL, "一般情形", PenaltyType.FINE,
                                new BigDecimal("1000"), new BigDecimal("5000")),
                        new BenchmarkRequest.Level(Circumstance.SERIOUS, "较重情形", PenaltyType.FINE,
                                new BigDecimal("5000"), new BigDecimal("20000"))))));
        String minor = "M" + tag;
        as.run(officer, () -> benchmarks.addExemption(new ExemptionRequest(unit.id(), ExemptionList.MINOR, minor,
                "轻微未按规定标示" + tag, "违法行为轻微并及时改正，没有造成危害后果", "《中华人民共和国行政处罚法》第三十三条第一款",
                today.minusYears(1))));
        as.run(officer, () -> benchmarks.publish(new BenchmarkRequest(unit.id(), minor, "未按规定标示" + tag,
                "《中华人民共和国测试法》第三十一条", today.minusYears(2), List.of(
                        new BenchmarkRequest.Level(Circumstance.GENERAL, "一般情形", PenaltyType.FINE,
                                new BigDecimal("500"), new BigDecimal("2000"))))));
        as.run(officer, () -> agencies.addCatalogItem(agency.id(), new CatalogItemRequest("较大数额罚款",
                ActionKind.PENALTY, PenaltyType.FINE, new BigDecimal("10000"), "罚款一万元以上", today.minusYears(1))));
        return new EnforcementFixture(tag, unit.id(), agency, other, officer, reviewer, outsider, power, a, b, c, expired,
                suspendedNow, auxiliary, foreign, violation, minor);
    }

    static Officer certified(ActingAs as, Officers officers, String by, Agency agency, String name, String number,
            LocalDate issued, LocalDate expires) {
        Officer o = as.run(by, () -> officers.register(new OfficerRequest(agency.id(), name, OfficerKind.OFFICER,
                "综合执法", null)));
        as.run(by, () -> officers.recordExam(o.id(), new ExamRequest("行政执法资格考试", issued.minusMonths(1),
                new BigDecimal("82"), new BigDecimal("60"))));
        return as.run("fzb", () -> officers.issueCertificate(o.id(), new CertificateRequest("T" + number + "01",
                "示范县人民政府", issued, expires, null)));
    }

    /** The password of the fixture's accounts (changed from the generated one, so they may use the console). */
    public static final String PASSWORD = "Zf-Ceshi-Mima-2026!";

    static String account(ApplicationContext ctx, String username, long unitId, Role role) {
        ActingAs as = ctx.getBean(ActingAs.class);
        UserAccounts accounts = ctx.getBean(UserAccounts.class);
        var issued = as.run("admin", () -> accounts.create(new UserDraft(username, "测试" + username, unitId, null, null,
                true, null, null)));
        as.run("secadmin", () -> accounts.grantRoles(issued.userId(), EnumSet.of(role)));
        as.run(username, () -> ctx.getBean(org.fazhi.signin.Passwords.class).changeOwnPassword(issued.password(), PASSWORD));
        return username;
    }

    /** HTTP Basic as one of the fixture's accounts. */
    public static org.springframework.test.web.servlet.request.RequestPostProcessor basic(String username) {
        return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                .httpBasic(username, PASSWORD);
    }

    /** The two valid officers a case is usually opened with. */
    public List<Long> pair() {
        return List.of(a.id(), b.id());
    }
}
