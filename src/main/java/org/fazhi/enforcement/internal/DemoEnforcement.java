package org.fazhi.enforcement.internal;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.imageio.ImageIO;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.fazhi.audit.AuditLog;
import org.fazhi.enforcement.ActionKind;
import org.fazhi.enforcement.Agencies;
import org.fazhi.enforcement.Agency;
import org.fazhi.enforcement.AgencyRequest;
import org.fazhi.enforcement.BenchmarkRequest;
import org.fazhi.enforcement.CaseEvidence;
import org.fazhi.enforcement.CaseFileEvaluations;
import org.fazhi.enforcement.CatalogItemRequest;
import org.fazhi.enforcement.CertificateRequest;
import org.fazhi.enforcement.ChangeKind;
import org.fazhi.enforcement.Circumstance;
import org.fazhi.enforcement.ClosingRequest;
import org.fazhi.enforcement.CriminalTransfers;
import org.fazhi.enforcement.DecisionChangeRequest;
import org.fazhi.enforcement.DecisionOutcome;
import org.fazhi.enforcement.DecisionPublications;
import org.fazhi.enforcement.DecisionRequest;
import org.fazhi.enforcement.DiscretionBenchmarks;
import org.fazhi.enforcement.DiscussionRequest;
import org.fazhi.enforcement.EnforcementCase;
import org.fazhi.enforcement.EnforcementCases;
import org.fazhi.enforcement.EnforcementFaults;
import org.fazhi.enforcement.EnforcementStatistics;
import org.fazhi.enforcement.EvaluationRequest;
import org.fazhi.enforcement.EvaluationTemplate;
import org.fazhi.enforcement.EvidenceKind;
import org.fazhi.enforcement.EvidenceRequest;
import org.fazhi.enforcement.EvidenceStage;
import org.fazhi.enforcement.ExamRequest;
import org.fazhi.enforcement.ExecutionMethod;
import org.fazhi.enforcement.ExecutionRequest;
import org.fazhi.enforcement.ExemptionList;
import org.fazhi.enforcement.ExemptionRequest;
import org.fazhi.enforcement.ExtensionRequest;
import org.fazhi.enforcement.FaultKind;
import org.fazhi.enforcement.FaultRequest;
import org.fazhi.enforcement.AccountabilityMeasure;
import org.fazhi.enforcement.FilingRequest;
import org.fazhi.enforcement.GuidingCase;
import org.fazhi.enforcement.GuidingCaseRequest;
import org.fazhi.enforcement.GuidingCases;
import org.fazhi.enforcement.Harm;
import org.fazhi.enforcement.HearingRequest;
import org.fazhi.enforcement.LegalStanding;
import org.fazhi.enforcement.MajorActFilings;
import org.fazhi.enforcement.NoticeRequest;
import org.fazhi.enforcement.Officer;
import org.fazhi.enforcement.OfficerKind;
import org.fazhi.enforcement.OfficerRequest;
import org.fazhi.enforcement.OfficerStatus;
import org.fazhi.enforcement.Officers;
import org.fazhi.enforcement.OpeningRequest;
import org.fazhi.enforcement.PartyKind;
import org.fazhi.enforcement.PartyRequest;
import org.fazhi.enforcement.PenaltyType;
import org.fazhi.enforcement.PowerItem;
import org.fazhi.enforcement.PowerList;
import org.fazhi.enforcement.ProposalRequest;
import org.fazhi.enforcement.PublicationStepRequest;
import org.fazhi.enforcement.ReviewerRequest;
import org.fazhi.enforcement.ServiceMethod;
import org.fazhi.enforcement.ServiceRequest;
import org.fazhi.enforcement.StatusRequest;
import org.fazhi.enforcement.SummaryRequest;
import org.fazhi.enforcement.TemplateRequest;
import org.fazhi.enforcement.TransferOutcome;
import org.fazhi.enforcement.TransferRequest;
import org.fazhi.review.ConclusionRequest;
import org.fazhi.review.LegalityReview;
import org.fazhi.review.LegalityReviews;
import org.fazhi.review.ReviewOutcome;
import org.fazhi.shared.PlatformClock;
import org.fazhi.units.ActingAs;
import org.fazhi.units.UserDirectory;
import org.fazhi.units.Units;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Administrative enforcement in the demo county, loaded after the demo lists on an empty database,
 * through the real services as the demo accounts (zhifa1 the officer, fzb the rule-of-law office,
 * shencha the justice bureau's review desk): the comprehensive enforcement bureau and the market
 * supervision bureau as agencies; their officers with exams and certificates (one expired, one
 * suspended), auxiliary staff and a supervisor; legal reviewers (the market bureau below TS-03's ratio);
 * the review catalog; discretion benchmarks in two versions and the first-offence and minor-offence
 * lists; a year of cases on the power items of the bureau's list in every state — investigating,
 * notified, at the review desk, reviewed, decided, served, executed, closed, archived, on the spot,
 * without penalty under a lenient list, decided late, extended, with a hearing, transferred to the
 * police, revoked and withdrawn, published on time and late, one publication overdue — with evidence
 * kept by stage; last year's cases and their published statistics; a case file evaluated against the
 * year's template, a guiding case, a filing and a fault record. Every name of a unit, person or
 * company is invented; legal bases are real.
 */
@Component
@Order(140)
class DemoEnforcement implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoEnforcement.class);
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final String OFFICER = "zhifa1";
    static final String OFFICE = "fzb";
    static final String DESK = "shencha";

    private final Agencies agencies;
    private final Officers officers;
    private final DiscretionBenchmarks benchmarks;
    private final EnforcementCases cases;
    private final CaseEvidence evidence;
    private final DecisionPublications publications;
    private final CriminalTransfers transfers;
    private final MajorActFilings filings;
    private final GuidingCases guiding;
    private final EnforcementFaults faults;
    private final CaseFileEvaluations evaluations;
    private final EnforcementStatistics statistics;
    private final LegalityReviews reviews;
    private final PowerList powers;
    private final Units units;
    private final UserDirectory users;
    private final ActingAs acting;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final boolean enabled;

    private LocalDate today;
    private LocalDate start;
    private Agency zhzf;
    private long unit;
    private List<Long> pair;
    private List<Long> other;
    private Long auxiliary;
    private byte[] photo;
    private byte[] audio;

    DemoEnforcement(Agencies agencies, Officers officers, DiscretionBenchmarks benchmarks, EnforcementCases cases,
            CaseEvidence evidence, DecisionPublications publications, CriminalTransfers transfers,
            MajorActFilings filings, GuidingCases guiding, EnforcementFaults faults, CaseFileEvaluations evaluations,
            EnforcementStatistics statistics, LegalityReviews reviews, PowerList powers, Units units,
            UserDirectory users, ActingAs acting, JdbcClient jdbc, AuditLog audit,
            PlatformTransactionManager transactions, Clock clock, @Value("${fazhi.demo-data:true}") boolean enabled) {
        this.agencies = agencies;
        this.officers = officers;
        this.benchmarks = benchmarks;
        this.cases = cases;
        this.evidence = evidence;
        this.publications = publications;
        this.transfers = transfers;
        this.filings = filings;
        this.guiding = guiding;
        this.faults = faults;
        this.evaluations = evaluations;
        this.statistics = statistics;
        this.reviews = reviews;
        this.powers = powers;
        this.units = units;
        this.users = users;
        this.acting = acting;
        this.jdbc = jdbc;
        this.audit = audit;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled || List.of("SFX-SJJ", "SFX-ZHZF").stream().anyMatch(c -> units.findByCode(c).isEmpty())
                || List.of(OFFICER, "zhifa2", OFFICE, DESK).stream().anyMatch(u -> users.findByUsername(u).isEmpty())
                || jdbc.sql("select count(*) from enforcement_agency").query(Long.class).single() > 0) {
            return;
        }
        unit = units.findByCode("SFX-ZHZF").orElseThrow().id();
        today = LocalDate.now(clock);
        if (powers.inForceOf(unit, today).isEmpty()) {
            return;
        }
        tx.executeWithoutResult(s -> load());
    }

    private void load() {
        photo = png();
        audio = wav();
        registers();
        int lastYear = today.getYear() - 1;
        long[] last = lastYearsCases(lastYear);
        long[] now = thisYearsCases();
        LocalDate published = LocalDate.of(today.getYear(), 1, 20);
        LocalDate publishedOn = published.isAfter(today) ? today : published;
        as(OFFICE, publishedOn, () -> statistics.publish(zhzf.id(), lastYear, publishedOn));
        audit.action("demo-data", "enforcement", "load", Map.of("cases", last.length + now.length));
        log.info("Demo enforcement loaded: 2 agencies, {} cases of the comprehensive enforcement bureau ({} of last"
                + " year, statistics published)", last.length + now.length, last.length);
    }

    // ----- registers -----

    private void registers() {
        long market = units.findByCode("SFX-SJJ").orElseThrow().id();
        start = LocalDate.of(today.getYear() - 1, 1, 5);
        zhzf = as(OFFICE, start, () -> agencies.register(new AgencyRequest(unit, "示范县综合行政执法局",
                LegalStanding.STATUTORY, null,
                "《中华人民共和国行政处罚法》第十八条（相对集中行政处罚权）；《示范省人民政府关于在示范县开展综合行政执法的批复》",
                "县人民政府工作部门，县委编办核定的“三定”方案", "立案—调查取证—告知—（听证）—法制审核—集体讨论—决定—送达—执行—结案—归档",
                "对行政处罚决定不服的，可以自收到决定书之日起六十日内向示范县人民政府申请行政复议，或者六个月内向示范县人民法院提起行政诉讼。",
                "示综执", null, null)));
        Agency sjj = as(OFFICE, start, () -> agencies.register(new AgencyRequest(market, "示范县市场监督管理局",
                LegalStanding.STATUTORY, null, "《中华人民共和国食品安全法》第六条；《市场监督管理行政处罚程序规定》第十条",
                "县人民政府工作部门", "立案—调查取证—告知—（听证）—法制审核—决定—送达—执行—结案—归档",
                "可以依法申请行政复议或者提起行政诉讼。", "示市监", null, null)));
        Long zhifa1 = users.findByUsername(OFFICER).orElseThrow().id();
        Long zhifa2 = users.findByUsername("zhifa2").orElseThrow().id();
        Officer jiang = certified(zhzf, "江执中", zhifa1, "ZF3400101", today.minusYears(3), today.plusYears(2));
        Officer zhong = certified(zhzf, "钟秉公", zhifa2, "ZF3400102", today.minusYears(3), today.plusYears(2));
        Officer li = certified(zhzf, "李正清", null, "ZF3400103", today.minusYears(2), today.plusYears(3));
        certified(zhzf, "何文明", null, "ZF3400104", today.minusYears(2), today.plusYears(3));
        certified(zhzf, "孙立新", null, "ZF3400105", today.minusYears(5), today.minusDays(20));
        Officer zhou = certified(zhzf, "周志远", null, "ZF3400106", today.minusYears(1), today.plusYears(4));
        as(OFFICE, d(40), () -> officers.changeStatus(zhou.id(), new StatusRequest(OfficerStatus.SUSPENDED,
                "因涉嫌违规执法被投诉，调查期间暂扣行政执法证件", null)));
        Officer assistant = as(OFFICER, start, () -> officers.register(new OfficerRequest(zhzf.id(), "吴协勤",
                OfficerKind.AUXILIARY, "市容协管", null)));
        as(OFFICER, start, () -> officers.register(new OfficerRequest(zhzf.id(), "郑督明", OfficerKind.SUPERVISOR,
                "行政执法监督", null)));
        certified(sjj, "马守信", null, "SJ3400201", today.minusYears(2), today.plusYears(3));
        certified(sjj, "陆明察", null, "SJ3400202", today.minusYears(2), today.plusYears(3));
        certified(sjj, "高卫民", null, "SJ3400203", today.minusYears(1), today.plusYears(4));
        pair = List.of(jiang.id(), zhong.id());
        other = List.of(li.id(), jiang.id());
        auxiliary = assistant.id();
        as(OFFICE, today.minusYears(1), () -> agencies.designateReviewer(zhzf.id(), new ReviewerRequest("严守法", null, true,
                today.minusYears(1))));
        as(OFFICE, start, () -> agencies.designateReviewer(sjj.id(), new ReviewerRequest("钱明法", null, false,
                today.minusYears(3))));
        as(OFFICE, today.minusMonths(2), () -> agencies.endReviewer(sjj.id(), agencies.reviewers(sjj.id()).get(0).id(),
                today.minusMonths(2)));
        LocalDate listed = LocalDate.of(today.getYear() - 1, 3, 1);
        as(OFFICER, listed, () -> {
            agencies.addCatalogItem(zhzf.id(), new CatalogItemRequest("较大数额罚款（一万元以上）", ActionKind.PENALTY,
                    PenaltyType.FINE, new BigDecimal("10000"), "对公民、法人或者其他组织处以一万元以上罚款", listed));
            agencies.addCatalogItem(zhzf.id(), new CatalogItemRequest("责令停产停业", ActionKind.PENALTY,
                    PenaltyType.PRODUCTION_SUSPENSION, null, "责令停产停业、责令关闭", listed));
            agencies.addCatalogItem(zhzf.id(), new CatalogItemRequest("强制拆除违法建筑", ActionKind.COERCION, null, null,
                    "依法强制拆除违法建筑物、构筑物", listed));
            benchmark("CSDL-01", "擅自占用城市道路", "《城市道路管理条例》第二十七条、第四十二条", listed.minusYears(1),
                    "1000", "8000", "8000", "20000");
            benchmark("CSDL-01", "擅自占用城市道路", "《城市道路管理条例》第二十七条、第四十二条；《示范县城市管理领域行政处罚裁量基准（修订）》",
                    listed, "500", "5000", "5000", "20000");
            benchmark("SRHJ-01", "在城市道路两侧乱倒垃圾", "《城市市容和环境卫生管理条例》第十六条、第三十四条、第三十六条", listed,
                    "100", "500", "500", "1000");
            benchmark("GGSZ-01", "擅自设置大型户外广告", "《城市市容和环境卫生管理条例》第十一条、第三十六条", listed,
                    "1000", "5000", "5000", "10000");
            benchmark("YYPF-01", "露天烧烤食品或者超标排放油烟", "《中华人民共和国大气污染防治法》第八十一条、第一百一十八条", listed,
                    "5000", "20000", "20000", "50000");
            benchmark("GHXK-01", "未取得建设工程规划许可证进行建设", "《中华人民共和国城乡规划法》第六十四条", listed,
                    "5000", "50000", "50000", "200000");
            benchmarks.addExemption(new ExemptionRequest(unit, ExemptionList.FIRST_OFFENCE, "GGSZ-01",
                    "首次擅自设置小型户外广告、招牌", "初次违法且危害后果轻微，并在责令改正期限内改正",
                    "《中华人民共和国行政处罚法》第三十三条第一款", listed));
            benchmarks.addExemption(new ExemptionRequest(unit, ExemptionList.MINOR, "SRHJ-01", "零星乱倒生活垃圾",
                    "违法行为轻微并及时改正，没有造成危害后果", "《中华人民共和国行政处罚法》第三十三条第一款", listed));
        });
    }

    private Officer certified(Agency agency, String name, Long userId, String number, LocalDate issued,
            LocalDate expires) {
        LocalDate on = issued.isAfter(start) ? issued : start;
        Officer o = as(OFFICE, on, () -> officers.register(new OfficerRequest(agency.id(), name, OfficerKind.OFFICER,
                "综合行政执法", userId)));
        as(OFFICE, on, () -> officers.recordExam(o.id(), new ExamRequest("行政执法人员资格考试", issued.minusMonths(2),
                new BigDecimal(78 + Math.floorMod(name.hashCode(), 20)), new BigDecimal("60"))));
        return as(OFFICE, on, () -> officers.issueCertificate(o.id(), new CertificateRequest(number, "示范省人民政府",
                issued, expires, null)));
    }

    private void benchmark(String code, String name, String reference, LocalDate from, String generalMin,
            String generalMax, String seriousMin, String seriousMax) {
        benchmarks.publish(new BenchmarkRequest(unit, code, name, reference, from, List.of(
                new BenchmarkRequest.Level(Circumstance.SLIGHT, "初次违法、危害后果轻微，责令改正后及时改正", PenaltyType.WARNING,
                        null, null),
                new BenchmarkRequest.Level(Circumstance.GENERAL, "一般情形", PenaltyType.FINE, new BigDecimal(generalMin),
                        new BigDecimal(generalMax)),
                new BenchmarkRequest.Level(Circumstance.SERIOUS, "拒不改正或者造成较大影响", PenaltyType.FINE,
                        new BigDecimal(seriousMin), new BigDecimal(seriousMax)))));
    }

    // ----- cases -----

    private PowerItem power(String code, LocalDate on) {
        return powers.inForceOf(unit, on).stream().filter(p -> p.code().equals(code)).findFirst().orElseThrow();
    }

    private LocalDate d(int daysAgo) {
        return today.minusDays(daysAgo);
    }

    /** Runs a step as {@code user} standing on {@code day}: the step reads that day as today (PlatformClock). */
    private <T> T as(String user, LocalDate day, Supplier<T> work) {
        return acting.run(user, () -> clock instanceof PlatformClock replay && !day.equals(today)
                ? replay.standingOn(day, work) : work.get());
    }

    private void as(String user, LocalDate day, Runnable work) {
        as(user, day, () -> {
            work.run();
            return null;
        });
    }

    private EnforcementCase open(String power, String cause, PartyKind kind, String party, String idNo,
            String facts, LocalDate on) {
        return open(power, cause, kind, party, idNo, facts, on, pair);
    }

    private EnforcementCase open(String power, String cause, PartyKind kind, String party, String idNo,
            String facts, LocalDate on, List<Long> team) {
        EnforcementCase c = as(OFFICER, on, () -> cases.open(new OpeningRequest(zhzf.id(), power(power, on).id(),
                cause, on.minusDays(1), kind, party, idNo, kind == PartyKind.NATURAL_PERSON ? "13900001111" : null,
                "示范县东湖镇人民路" + (10 + Math.floorMod(cause.hashCode(), 80)) + "号", false, facts, false, false, on, team,
                List.of(auxiliary), "经初步核实，符合立案条件，同意立案。")));
        add(c.id(), EvidenceStage.OPENING, EvidenceKind.DOCUMENT, "立案审批表", on);
        return c;
    }

    private void propose(long id, LocalDate on, String code, Circumstance level, PenaltyType type, String amount,
            String reason) {
        as(OFFICER, on, () -> cases.propose(id, new ProposalRequest(code, level, false, Harm.MINOR, false,
                DecisionOutcome.PENALTY, type, amount == null ? null : new BigDecimal(amount), reason, null, null,
                null)));
    }

    private void investigated(long id, LocalDate on) {
        add(id, EvidenceStage.INVESTIGATION, EvidenceKind.PHOTO, "现场照片", on);
        add(id, EvidenceStage.INVESTIGATION, EvidenceKind.DOCUMENT, "现场检查（勘验）笔录", on);
    }

    private void notice(long id, LocalDate on) {
        as(OFFICER, on, () -> cases.notice(id, new NoticeRequest(on,
                "直接送达《行政处罚事先告知书》，告知拟作出的处罚及事实、理由、依据和陈述、申辩（听证）权利", null)));
        add(id, EvidenceStage.NOTICE, EvidenceKind.DOCUMENT, "行政处罚事先告知书及送达回证", on);
    }

    private void waive(long id, LocalDate on) {
        as(OFFICER, on, () -> cases.waiveStatement(id, new PartyRequest(on, null)));
    }

    private void decide(long id, LocalDate on, String text) {
        as(OFFICER, on, () -> cases.decide(id, new DecisionRequest(on, text
                + "如不服本决定，可以在收到本决定书之日起六十日内向示范县人民政府申请行政复议，或者在六个月内向示范县人民法院提起行政诉讼。", null, null,
                null)));
        add(id, EvidenceStage.DECISION, EvidenceKind.DOCUMENT, "行政处罚决定书", on);
    }

    private void serve(long id, LocalDate on) {
        as(OFFICER, on, () -> cases.serve(id, new ServiceRequest(on, ServiceMethod.DIRECT, null)));
        add(id, EvidenceStage.SERVICE, EvidenceKind.DOCUMENT, "送达回证", on);
    }

    private void execute(long id, LocalDate on) {
        as(OFFICER, on, () -> cases.execute(id, new ExecutionRequest(on, ExecutionMethod.FULFILLED,
                "当事人已按期缴纳罚款", null)));
        add(id, EvidenceStage.EXECUTION, EvidenceKind.DOCUMENT, "罚款缴款凭证", on);
    }

    private void close(long id, LocalDate on) {
        as(OFFICER, on, () -> cases.close(id, new ClosingRequest(on, null, null)));
    }

    private void archive(long id, LocalDate on) {
        as(OFFICER, on, () -> cases.archive(id, new ClosingRequest(on, null, null)));
    }

    private void publish(long id, LocalDate on, String reason) {
        as(OFFICER, on, () -> publications.publish(id, new PublicationStepRequest(on, reason, null)));
    }

    private LegalityReview reviewed(long id, LocalDate on) {
        LegalityReview r = as(OFFICER, on, () -> cases.submitForReview(id));
        as(DESK, on, () -> reviews.conclude(r.id(), new ConclusionRequest(ReviewOutcome.LAWFUL,
                "经审核，执法主体合法，事实清楚，证据确凿，适用依据正确，程序合法，处罚在裁量基准幅度内，同意作出处罚决定。", List.of(),
                "案件材料齐全，当日审核完毕。")));
        return r;
    }

    private void add(long caseId, EvidenceStage stage, EvidenceKind kind, String title, LocalDate on) {
        byte[] bytes;
        String name;
        String type;
        switch (kind) {
            case PHOTO -> {
                bytes = photo;
                name = "photo.png";
                type = "image/png";
            }
            case AUDIO -> {
                bytes = audio;
                name = "record.wav";
                type = "audio/wav";
            }
            default -> {
                bytes = pdf(title + " " + caseId + " " + stage + " " + on);
                name = "document.pdf";
                type = "application/pdf";
            }
        }
        Instant at = on.atTime(LocalTime.of(10, 0)).atZone(ZONE).toInstant();
        Instant captured = at.isAfter(clock.instant()) ? clock.instant() : at;
        as(OFFICER, on, () -> evidence.add(caseId, new ByteArrayInputStream(bytes), name, type,
                new EvidenceRequest(title, kind, stage, captured,
                        "示范县东湖镇", null, null)));
    }

    /** Last year's cases: archived, on the spot, without penalty; they make last year's statistics. */
    private long[] lastYearsCases(int year) {
        LocalDate o1 = LocalDate.of(year, 6, 10);
        EnforcementCase a = open("SFX-ZHZF-CF-001", "擅自占用城市道路堆放建筑材料", PartyKind.ORGANISATION,
                "示范县鑫安建材经营部", null, "执法人员巡查发现当事人在人民路人行道上堆放砂石约二十立方米，占用道路约六十平方米。", o1);
        investigated(a.id(), o1.plusDays(1));
        propose(a.id(), o1.plusDays(10), "CSDL-01", Circumstance.GENERAL, PenaltyType.FINE, "2000", null);
        notice(a.id(), o1.plusDays(10));
        decide(a.id(), o1.plusDays(28), "决定对当事人处以罚款人民币贰仟元整。");
        serve(a.id(), o1.plusDays(29));
        publish(a.id(), o1.plusDays(30), null);
        execute(a.id(), o1.plusDays(38));
        close(a.id(), o1.plusDays(39));
        archive(a.id(), o1.plusDays(43));

        LocalDate o2 = LocalDate.of(year, 9, 3);
        EnforcementCase b = as(OFFICER, o2, () -> cases.openSummary(new SummaryRequest(zhzf.id(),
                power("SFX-ZHZF-CF-001", o2).id(), "擅自占用城市道路摆放商品", PartyKind.NATURAL_PERSON, "卫某某",
                "340101198805061234", null, null, false, "当事人在建设路人行道上摆放商品约两平方米，执法人员当场发现。", "CSDL-01",
                PenaltyType.WARNING, null, o2, "建设路与人民路交叉口", "当场给予警告，责令当事人立即清理。", pair,
                List.of(auxiliary))));
        add(b.id(), EvidenceStage.DECISION, EvidenceKind.PHOTO, "当场处罚决定书及现场照片", o2);

        LocalDate o3 = LocalDate.of(year, 11, 12);
        EnforcementCase c = open("SFX-ZHZF-CF-003", "擅自设置户外广告招牌", PartyKind.ORGANISATION, "示范县晨光文具店", null,
                "当事人未经批准在店门上方设置户外广告招牌一块，面积约三平方米。", o3);
        investigated(c.id(), o3.plusDays(1));
        as(OFFICER, o3.plusDays(2), () -> cases.propose(c.id(), new ProposalRequest("GGSZ-01", Circumstance.SLIGHT, true,
                Harm.NONE, true, DecisionOutcome.NO_PENALTY, null, null, null, null, null, null)));
        notice(c.id(), o3.plusDays(2));
        as(OFFICER, o3.plusDays(14), () -> cases.decide(c.id(), new DecisionRequest(o3.plusDays(14),
                "当事人系首次违法，危害后果轻微并已在责令期限内拆除招牌，依据《中华人民共和国行政处罚法》第三十三条第一款，决定不予行政处罚。",
                o3.plusDays(14), "向当事人宣讲了《城市市容和环境卫生管理条例》有关规定，当事人签署了守法承诺书。", null)));
        add(c.id(), EvidenceStage.DECISION, EvidenceKind.DOCUMENT, "不予行政处罚决定书及教育记录", o3.plusDays(14));
        serve(c.id(), o3.plusDays(15));
        publish(c.id(), o3.plusDays(17), null);
        close(c.id(), o3.plusDays(17));
        return new long[] {a.id(), b.id(), c.id()};
    }

    /** The year up to today, one case in each state and each path the procedure knows. */
    private long[] thisYearsCases() {
        // investigating
        EnforcementCase investigating = open("SFX-ZHZF-CF-001", "擅自占用城市道路设置摊点", PartyKind.NATURAL_PERSON,
                "韦某某", "340102199203154321", "当事人在解放路人行道上摆设水果摊点，占用道路约十平方米。", d(6));
        investigated(investigating.id(), d(5));
        EnforcementCase demolition = as(OFFICER, d(15), () -> cases.open(new OpeningRequest(zhzf.id(),
                power("SFX-ZHZF-QZ-001", d(15)).id(), "拒不拆除违法建设", null, PartyKind.ORGANISATION,
                "示范县远达物流有限公司", null, null, "示范县东湖镇工业园区", false,
                "当事人未取得建设工程规划许可证搭建钢结构仓库，经责令限期拆除逾期未拆除。", true, true, d(15), other,
                List.of(), "经局务会议研究，同意立案。")));
        add(demolition.id(), EvidenceStage.OPENING, EvidenceKind.DOCUMENT, "立案审批表", d(15));

        // notified, the party's window open
        EnforcementCase notified = open("SFX-ZHZF-CF-005", "餐饮服务单位超标排放油烟", PartyKind.ORGANISATION,
                "示范县老街口烧烤店", null, "经委托检测，当事人油烟排放浓度超过国家标准。", d(30));
        investigated(notified.id(), d(28));
        propose(notified.id(), d(1), "YYPF-01", Circumstance.GENERAL, PenaltyType.FINE, "8000", null);
        notice(notified.id(), d(1));

        // at the review desk (the catalog: a fine of ten thousand or more)
        EnforcementCase inReview = open("SFX-ZHZF-CF-005", "露天烧烤拒不改正", PartyKind.ORGANISATION,
                "示范县夜市美食城", null, "当事人在城区露天烧烤食品，经责令改正后仍继续烧烤。", d(40));
        investigated(inReview.id(), d(38));
        propose(inReview.id(), d(3), "YYPF-01", Circumstance.SERIOUS, PenaltyType.FINE, "30000", null);
        notice(inReview.id(), d(3));
        waive(inReview.id(), d(2));
        as(OFFICER, d(2), () -> cases.submitForReview(inReview.id()));

        // reviewed, waiting for the collective discussion
        EnforcementCase reviewedCase = open("SFX-ZHZF-CF-001", "擅自占用城市道路施工", PartyKind.ORGANISATION,
                "示范县宏基建筑工程有限公司", null, "当事人未经批准占用解放路机动车道施工，持续十五日。", d(45));
        investigated(reviewedCase.id(), d(44));
        propose(reviewedCase.id(), d(20), "CSDL-01", Circumstance.SERIOUS, PenaltyType.FINE, "15000", null);
        notice(reviewedCase.id(), d(20));
        reviewed(reviewedCase.id(), d(12));

        // decided, publication still within its term
        EnforcementCase decided = decidedCase("SFX-ZHZF-CF-001", "擅自占用城市道路经营", "示范县便民超市", "CSDL-01",
                "3000", d(25), d(22), d(2));

        // decided, publication overdue (TS-01)
        EnforcementCase overdue = open("SFX-ZHZF-CF-002", "在城市道路两侧倾倒建筑垃圾", PartyKind.NATURAL_PERSON, "褚某某",
                "340103198011112222", "当事人驾驶三轮车在环城路边倾倒装修垃圾约一立方米。", d(60));
        investigated(overdue.id(), d(59));
        propose(overdue.id(), d(56), "SRHJ-01", Circumstance.GENERAL, PenaltyType.FINE, "300", null);
        notice(overdue.id(), d(56));
        decide(overdue.id(), d(35), "决定对当事人处以罚款人民币叁佰元整。");

        // served and published on time
        EnforcementCase served = decidedCase("SFX-ZHZF-CF-003", "擅自设置大型户外广告", "示范县华彩广告传媒有限公司", "GGSZ-01",
                "2000", d(50), d(40), d(20));
        serve(served.id(), d(19));
        publish(served.id(), d(18), null);

        // executed, below the benchmark with the reason stated, published late
        EnforcementCase executed = open("SFX-ZHZF-CF-005", "餐饮服务单位未安装油烟净化设施", PartyKind.ORGANISATION,
                "示范县蜀香酒家", null, "当事人厨房未安装油烟净化设施，油烟直排。", d(90));
        investigated(executed.id(), d(88));
        propose(executed.id(), d(82), "YYPF-01", Circumstance.GENERAL, PenaltyType.FINE, "4000",
                "当事人在调查期间主动安装油烟净化设施，消除了违法行为危害后果，依据《中华人民共和国行政处罚法》第三十二条从轻处罚。");
        notice(executed.id(), d(82));
        decide(executed.id(), d(60), "决定对当事人处以罚款人民币肆仟元整。");
        serve(executed.id(), d(59));
        publish(executed.id(), d(40), "公示信息录入遗漏，发现后补充公示。");
        execute(executed.id(), d(50));

        // closed and archived, the record complete
        EnforcementCase closed = decidedCase("SFX-ZHZF-CF-001", "擅自占用城市道路停放车辆维修", "示范县顺达汽车修理厂",
                "CSDL-01", "1500", d(120), d(115), d(95));
        serve(closed.id(), d(94));
        publish(closed.id(), d(93), null);
        execute(closed.id(), d(80));
        close(closed.id(), d(79));
        EnforcementCase archived = decidedCase("SFX-ZHZF-CF-003", "擅自设置落地式户外广告牌", "示范县金色年华酒店", "GGSZ-01",
                "4000", d(200), d(195), d(175));
        add(archived.id(), EvidenceStage.INVESTIGATION, EvidenceKind.AUDIO, "询问录音", d(197));
        serve(archived.id(), d(174));
        publish(archived.id(), d(172), null);
        execute(archived.id(), d(160));
        close(archived.id(), d(159));
        archive(archived.id(), d(150));

        // on the spot (PN-08)
        EnforcementCase spot = as(OFFICER, d(3), () -> cases.openSummary(new SummaryRequest(zhzf.id(),
                power("SFX-ZHZF-CF-001", d(3)).id(), "擅自占用城市道路摆摊", PartyKind.NATURAL_PERSON, "蒋某某",
                "340104199507083333", null, null, false, "当事人经劝导后仍在文化路人行道上摆摊经营，执法人员当场发现。", "CSDL-01",
                PenaltyType.FINE, new BigDecimal("50"), d(3), "文化路", "当场处以罚款人民币伍拾元。", pair,
                List.of(auxiliary))));
        add(spot.id(), EvidenceStage.DECISION, EvidenceKind.PHOTO, "当场处罚决定书及现场照片", d(3));
        execute(spot.id(), d(3));

        // no penalty under the minor-offence list, with the education record
        EnforcementCase lenient = open("SFX-ZHZF-CF-002", "零星乱倒生活垃圾", PartyKind.NATURAL_PERSON, "沈某某",
                "340105197001014444", "当事人将一袋生活垃圾丢弃在绿化带旁，经指出后当即清理。", d(80));
        investigated(lenient.id(), d(80));
        as(OFFICER, d(78), () -> cases.propose(lenient.id(), new ProposalRequest("SRHJ-01", Circumstance.SLIGHT, false,
                Harm.NONE, true, DecisionOutcome.NO_PENALTY, null, null, null, null, null, null)));
        notice(lenient.id(), d(78));
        as(OFFICER, d(58), () -> cases.decide(lenient.id(), new DecisionRequest(d(58),
                "当事人违法行为轻微并及时改正，没有造成危害后果，依据《中华人民共和国行政处罚法》第三十三条第一款，决定不予行政处罚。", d(58),
                "对当事人进行了垃圾分类和市容管理法规宣传教育，当事人表示今后遵守。", null)));
        add(lenient.id(), EvidenceStage.DECISION, EvidenceKind.DOCUMENT, "不予行政处罚决定书及教育记录", d(58));
        serve(lenient.id(), d(57));
        publish(lenient.id(), d(55), null);

        // decided after the ninety days (PN-06), flagged; the fault recorded
        EnforcementCase late = decidedCase("SFX-ZHZF-CF-001", "擅自占用城市道路搭建彩钢棚", "示范县鸿运百货商店", "CSDL-01",
                "3500", d(150), d(45), d(20));
        serve(late.id(), d(19));
        publish(late.id(), d(16), null);
        execute(late.id(), d(10));
        as(OFFICE, d(5), () -> faults.record(late.id(), new FaultRequest(pair.get(1), FaultKind.PROCEDURE,
                "案件超过办案期限作出处罚决定，且未依法办理延期审批手续。", AccountabilityMeasure.CRITICISM, d(5), "示范县司法局")));

        // the deadline extended with the head's approval before it ran out (PN-06); the decision still to come
        EnforcementCase extended = open("SFX-ZHZF-CF-004", "未取得建设工程规划许可证进行建设", PartyKind.ORGANISATION,
                "示范县广源置业有限公司", null, "当事人未取得建设工程规划许可证建设售楼部一栋，建筑面积约四百平方米。", d(85));
        investigated(extended.id(), d(80));
        propose(extended.id(), d(25), "GHXK-01", Circumstance.GENERAL, PenaltyType.FINE, "9500", null);
        notice(extended.id(), d(25));
        as(OFFICER, d(2), () -> cases.extendDeadline(extended.id(), new ExtensionRequest("局长 程立法", d(2),
                "案情复杂，需委托测绘机构测量违法建设面积、核定工程造价，经行政机关负责人批准延长办案期限。", null)));

        // transferred to the police (涉嫌犯罪), received and accepted; the case closed without a decision
        EnforcementCase transferred = open("SFX-ZHZF-CF-004", "擅自在基本农田上建设厂房", PartyKind.NATURAL_PERSON, "秦某某",
                "340106197706065555", "当事人在西山乡松林村基本农田上建设厂房，占地约五亩。", d(55));
        investigated(transferred.id(), d(52));
        var t = as(OFFICER, d(40), () -> transfers.transfer(transferred.id(), new TransferRequest(d(40),
                "示范县公安局", "涉嫌非法占用农用地罪，占用基本农田面积达到刑事立案追诉标准", null, null, null)));
        as(OFFICER, d(39), () -> transfers.receipt(transferred.id(), t.id(), new TransferRequest(d(39), null, null,
                "示公（刑）受字〔" + d(39).getYear() + "〕18号", null, null)));
        as(OFFICER, d(25), () -> transfers.outcome(transferred.id(), t.id(), new TransferRequest(d(25), null, null, null,
                TransferOutcome.ACCEPTED, "公安机关已立案侦查")));
        as(OFFICER, d(24), () -> cases.terminate(transferred.id(), new ClosingRequest(d(24),
                "案件已移送公安机关并立案侦查，本机关终止调查。", null)));
        add(transferred.id(), EvidenceStage.CLOSING, EvidenceKind.DOCUMENT, "涉嫌犯罪案件移送书及受理回执", d(24));

        // revoked on reconsideration, the publication withdrawn within PN-03's period
        EnforcementCase revoked = decidedCase("SFX-ZHZF-CF-003", "擅自设置户外广告灯箱", "示范县星月茶饮店", "GGSZ-01", "3000",
                d(100), d(75), d(50));
        serve(revoked.id(), d(49));
        publish(revoked.id(), d(47), null);
        as(OFFICER, d(10), () -> publications.changeDecision(revoked.id(), new DecisionChangeRequest(d(10),
                ChangeKind.REVOKED, "示范县人民政府行政复议决定认定违法事实不清，撤销该处罚决定。", null)));
        as(OFFICER, d(9), () -> publications.withdraw(revoked.id(), new PublicationStepRequest(d(9),
                "该行政处罚决定已被行政复议机关撤销。", null)));

        // a hearing asked for within PN-07's window and scheduled with EN-02's notice
        EnforcementCase hearing = open("SFX-ZHZF-CF-004", "未取得建设工程规划许可证建设住宅", PartyKind.NATURAL_PERSON,
                "杨某某", "340107196802026666", "当事人未取得建设工程规划许可证在东湖镇柳塘村建设三层住宅一栋。", d(35));
        investigated(hearing.id(), d(32));
        propose(hearing.id(), d(2), "GHXK-01", Circumstance.GENERAL, PenaltyType.FINE, "50000", null);
        notice(hearing.id(), d(2));
        as(OFFICER, d(1), () -> cases.requestHearing(hearing.id(), new PartyRequest(d(1), null)));
        as(OFFICER, d(1), () -> cases.scheduleHearing(hearing.id(), new HearingRequest(d(1), today.plusDays(21),
                null, null)));

        // the legal review (PN-05), collective discussion, decided today and filed
        EnforcementCase heard = open("SFX-ZHZF-CF-004", "未取得建设工程规划许可证建设厂房", PartyKind.ORGANISATION,
                "示范县恒丰机械制造有限公司", null, "当事人未取得建设工程规划许可证在东湖镇工业园区建设钢结构厂房一栋，建筑面积约一千二百平方米。",
                d(75));
        investigated(heard.id(), d(72));
        propose(heard.id(), d(45), "GHXK-01", Circumstance.SERIOUS, PenaltyType.FINE, "60000", null);
        notice(heard.id(), d(45));
        reviewed(heard.id(), d(8));
        acting.run(OFFICER, () -> cases.discuss(heard.id(), new DiscussionRequest(today, "局务会议（" + today.getYear()
                + "年第12次）", "经集体讨论，同意处以罚款人民币陆万元，责令限期改正。", null)));
        add(heard.id(), EvidenceStage.DISCUSSION, EvidenceKind.DOCUMENT, "集体讨论记录", today);
        decide(heard.id(), today, "决定责令当事人限期改正，并处罚款人民币陆万元整。");
        acting.run(OFFICER, () -> filings.file(heard.id(), new FilingRequest(today, "示范县司法局",
                "示司备〔" + today.getYear() + "〕7号", "重大执法决定报本级人民政府司法行政部门备案")));

        // the year's case-file evaluation and a guiding case
        EvaluationTemplate template = as(OFFICE, d(6), () -> evaluations.setTemplate(new TemplateRequest(zhzf.id(),
                today.getYear(), "示范县行政执法案卷评查标准（" + today.getYear() + "）", new BigDecimal("80"), List.of(
                        new TemplateRequest.Criterion("执法主体合法，执法人员持证", new BigDecimal("15")),
                        new TemplateRequest.Criterion("事实清楚，证据确凿", new BigDecimal("30")),
                        new TemplateRequest.Criterion("适用依据正确", new BigDecimal("20")),
                        new TemplateRequest.Criterion("程序合法，文书规范", new BigDecimal("25")),
                        new TemplateRequest.Criterion("裁量适当", new BigDecimal("10"))))));
        var criteria = template.criteria();
        int[] points = {15, 27, 20, 22, 9};
        as(OFFICE, d(5), () -> evaluations.evaluate(archived.id(), new EvaluationRequest(template.id(), d(5),
                "县司法局案卷评查组", "证据充分，文书规范；询问笔录个别内容记录不完整。", java.util.stream.IntStream.range(0, 5)
                        .mapToObj(i -> new EvaluationRequest.Score(criteria.get(i).id(), BigDecimal.valueOf(points[i]),
                                null))
                        .toList())));
        GuidingCase g = as(OFFICER, d(4), () -> guiding.select(archived.id(), new GuidingCaseRequest(today.getYear(),
                "擅自设置户外广告牌案——裁量基准的适用",
                "对擅自设置户外广告的行为，应当按照裁量基准区分情节适用相应罚款幅度；当事人在调查期间主动拆除的，可以作为从轻情节考虑。")));
        as(OFFICE, d(3), () -> guiding.publish(g.id()));
        return new long[] {investigating.id(), demolition.id(), notified.id(), inReview.id(), reviewedCase.id(),
            decided.id(), overdue.id(), served.id(), executed.id(), closed.id(), archived.id(), spot.id(), lenient.id(),
            late.id(), extended.id(), transferred.id(), revoked.id(), hearing.id(), heard.id()};
    }

    /** An ordinary penalty case up to its decision: opened, investigated, notified, the party's window lapsed. */
    private EnforcementCase decidedCase(String power, String cause, String party, String code, String amount,
            LocalDate opened, LocalDate notified, LocalDate decided) {
        EnforcementCase c = open(power, cause, PartyKind.ORGANISATION, party, null,
                "执法人员检查发现当事人" + cause + "，经调查核实，违法事实清楚。", opened);
        investigated(c.id(), opened.plusDays(1));
        propose(c.id(), notified, code, Circumstance.GENERAL, PenaltyType.FINE, amount, null);
        notice(c.id(), notified);
        decide(c.id(), decided, "决定对当事人处以罚款人民币" + amount + "元。");
        return c;
    }

    // ----- files -----

    private static byte[] pdf(String text) {
        String ascii = text.chars().mapToObj(ch -> ch < 128 ? String.valueOf((char) ch) : String.format("\\u%04x", ch))
                .reduce("", String::concat);
        return ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                + "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
                + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj\n"
                + "% " + ascii + "\ntrailer << /Root 1 0 R >>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    }

    /** A small photo (a drawn street corner), generated rather than shipped. */
    private static byte[] png() {
        BufferedImage image = new BufferedImage(160, 120, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0xB0C4DE));
        g.fillRect(0, 0, 160, 70);
        g.setColor(new Color(0x808080));
        g.fillRect(0, 70, 160, 50);
        g.setColor(new Color(0x8B4513));
        g.fillRect(60, 50, 40, 30);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** One second of quiet 8 kHz audio, as a recording would be kept. */
    private static byte[] wav() {
        AudioFormat format = new AudioFormat(8000f, 16, 1, true, false);
        byte[] samples = new byte[16000];
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (AudioInputStream in = new AudioInputStream(new ByteArrayInputStream(samples), format, 8000)) {
            AudioSystem.write(in, AudioFileFormat.Type.WAVE, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
