package org.fazhi.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jayway.jsonpath.JsonPath;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.fazhi.assessment.Assessment;
import org.fazhi.calendar.KernelTestSupport;
import org.fazhi.assessment.MetricRecord;
import org.fazhi.indicators.AssessmentRounds.Entry;
import org.fazhi.indicators.AssessmentRounds.RoundView;
import org.fazhi.indicators.Scorecards.Line;
import org.fazhi.indicators.Scorecards.Scorecard;
import org.fazhi.normdocs.DeliberationRequest;
import org.fazhi.normdocs.DraftRequest;
import org.fazhi.normdocs.FilingRequest;
import org.fazhi.normdocs.Filings;
import org.fazhi.normdocs.NormativeDocument;
import org.fazhi.normdocs.NormativeDocuments;
import org.fazhi.normdocs.PublicationRequest;
import org.fazhi.normdocs.domain.NormdocsFixture;
import org.fazhi.review.ConclusionRequest;
import org.fazhi.review.LegalityReviews;
import org.fazhi.review.ReviewOutcome;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.NotFoundException;
import org.fazhi.shared.RefusedException;
import org.fazhi.support.DemoUsers;
import org.fazhi.support.FazhiIT;
import org.fazhi.support.TestClock;
import org.fazhi.units.ActingAs;
import org.fazhi.units.Role;
import org.fazhi.units.UserAccounts;
import org.fazhi.units.UserDraft;
import org.fazhi.units.Units;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Indicator systems, scorecards, the assessment of a year and the dashboard, on a town of its own under
 * 示范县 with, in 2025, two published normative documents of which one is filed (a filing rate of 1 / 2),
 * scored against a copy of the demonstration system made for this test.
 */
@FazhiIT
class IndicatorsIT {

    static final int YEAR = 2025;
    private static final AtomicInteger NUMBERS = new AtomicInteger();
    private static NormdocsFixture fx;
    private static NormativeDocument notFiled;
    private static String townOffice;
    private static IndicatorSystem copy;

    @Autowired
    ApplicationContext ctx;
    @Autowired
    ActingAs as;
    @Autowired
    TestClock clock;
    @Autowired
    IndicatorSystems systems;
    @Autowired
    Scorecards scorecards;
    @Autowired
    AssessmentRounds rounds;
    @Autowired
    Assessment assessment;
    @Autowired
    Units units;
    @Autowired
    MockMvcTester mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    AnnualReports reports;

    @BeforeEach
    void town() {
        if (fx != null) {
            return;
        }
        fx = NormdocsFixture.create(ctx);
        try {
            LocalDate published = LocalDate.of(YEAR, 3, 20);
            clock.setDate(published);
            NormativeDocument a = published("指标考核文件甲", published);
            notFiled = published("指标考核文件乙", published);
            clock.setDate(published.plusDays(5));
            as.run(fx.drafter(), () -> ctx.getBean(Filings.class).file(a.id(), new FilingRequest("示范县人民政府",
                    published.plusDays(5), "ZB" + fx.tag(), null, null)));
        } finally {
            clock.reset();
        }
        townOffice = account("nd" + fx.tag().toLowerCase() + "fz", fx.town(), Role.RULE_OF_LAW_OFFICE);
        long demonstration = systems.forYear(1999, null).id();
        copy = as.run("fzb", () -> systems.copy(demonstration, new CopyRequest("it-" + fx.tag().toLowerCase(),
                "测试指标体系" + fx.tag(), YEAR)));
        Indicator filing = indicator(copy.id(), "2.4");
        as.run("fzb", () -> systems.update(filing.id(), new IndicatorRequest("规范性文件报备率", "normdocs.filing-rate",
                null, Comparison.AT_LEAST, new BigDecimal("100"), new BigDecimal("4"), ScoringFunction.PROPORTIONAL,
                null, systems.treeOf(copy.id()).system().version())));
        Indicator absent = indicator(copy.id(), "3.2");
        as.run("fzb", () -> systems.update(absent.id(), new IndicatorRequest(absent.title(),
                "nomodule.absent-" + fx.tag().toLowerCase(), absent.ruleId(), absent.comparison(), null, absent.weight(),
                absent.scoring(), null, systems.treeOf(copy.id()).system().version())));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private NormativeDocument published(String title, LocalDate on) {
        NormativeDocuments documents = ctx.getBean(NormativeDocuments.class);
        LegalityReviews reviews = ctx.getBean(LegalityReviews.class);
        NormativeDocument d = as.run(fx.drafter(), () -> documents.create(new DraftRequest(fx.body().id(), null, null,
                title + fx.tag(), false, "第一条 为规范" + title + "，制定本办法。\n第二条 本办法自公布之日起施行。",
                "起草说明：" + title, "《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》", "不涉及群众切身利益，对权利义务没有重大影响")));
        long reviewId = as.run(fx.drafter(), () -> documents.submitForReview(d.id())).id();
        as.run(fx.reviewer(), () -> reviews.conclude(reviewId, new ConclusionRequest(ReviewOutcome.LAWFUL, "经审核，合法。",
                List.of(), "领导交办，急需出台")));
        as.run(fx.drafter(), () -> documents.deliberate(d.id(), new DeliberationRequest("镇政府第"
                + NUMBERS.incrementAndGet() + "次常务会议", on, DeliberationRequest.Decision.PASSED, null)));
        String number = fx.body().docNumberPrefix() + "〔" + YEAR + "〕" + (500 + NUMBERS.incrementAndGet()) + "号";
        as.run("fzb", () -> documents.register(d.id(), number));
        return as.run(fx.drafter(), () -> documents.publish(d.id(), new PublicationRequest(on, on, null, null)));
    }

    private String account(String username, long unitId, Role role) {
        UserAccounts accounts = ctx.getBean(UserAccounts.class);
        var issued = as.run("admin", () -> accounts.create(new UserDraft(username, "测试" + username, unitId, null, null,
                true, null, null)));
        as.run("secadmin", () -> accounts.grantRoles(issued.userId(), java.util.EnumSet.of(role)));
        return username;
    }

    private Indicator indicator(long systemId, String code) {
        return systems.treeOf(systemId).indicators().stream().filter(i -> i.code().equals(code)).findFirst()
                .orElseThrow();
    }

    private Line line(Scorecard card, String code) {
        return card.lines().stream().filter(l -> l.indicator().code().equals(code)).findFirst().orElseThrow();
    }

    private Scorecard card(String user) {
        return as.run(user, () -> scorecards.card(copy.id(), fx.town(), YEAR));
    }

    @Test
    void bothShippedSystemsAreThereWithTheirAreasAndWeightsAddingUpToAHundred() {
        List<IndicatorSystem> all = as.run("fzb", () -> systems.all());
        IndicatorSystem demo = all.stream().filter(s -> s.code().equals("demonstration")).findFirst().orElseThrow();
        IndicatorSystem outline = all.stream().filter(s -> s.code().equals("outline-2021")).findFirst().orElseThrow();
        assertThat(systems.treeOf(demo.id()).areas()).hasSize(8);
        assertThat(systems.treeOf(outline.id()).areas()).hasSize(9);
        assertThat(systems.treeOf(demo.id()).totalWeight()).isEqualByComparingTo("100");
        assertThat(systems.treeOf(outline.id()).totalWeight()).isEqualByComparingTo("100");
    }

    @Test
    void aShippedSystemIsNotChangedButCopied() {
        IndicatorSystem demo = systems.forYear(1999, null);
        Indicator i = indicator(demo.id(), "2.1");
        assertThatThrownBy(() -> as.run("fzb", () -> systems.update(i.id(), new IndicatorRequest(i.title(),
                i.metricId(), i.ruleId(), i.comparison(), null, new BigDecimal("9"), i.scoring(), null, demo.version()))))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.code()).isEqualTo("shipped-system"));
        assertThat(copy.basedOnId()).isEqualTo(demo.id());
        assertThat(indicator(copy.id(), "2.4").metricId()).isEqualTo("normdocs.filing-rate");
    }

    @Test
    void anIndicatorIsScoredFromItsFigureAndTheFigureIsTheRecordsBehindIt() {
        Line filing = line(card("lingdao"), "2.4");
        assertThat(filing.hasSource()).isTrue();
        assertThat(filing.denominator()).isEqualTo(2);
        assertThat(filing.numerator()).isBetween(1L, 2L);
        BigDecimal value = BigDecimal.valueOf(filing.numerator() * 100 / filing.denominator());
        assertThat(filing.value()).isEqualByComparingTo(value);
        assertThat(filing.met()).isEqualTo(filing.numerator() == 2);
        assertThat(filing.autoScore()).isEqualByComparingTo(new BigDecimal("4").multiply(value)
                .divide(new BigDecimal("100")));
        List<MetricRecord> records = as.run("lingdao", () -> assessment.records("normdocs.filing-rate", fx.town(), YEAR));
        assertThat(records).hasSize((int) filing.denominator().longValue());
        assertThat(records.stream().filter(MetricRecord::counted).count()).isEqualTo(filing.numerator());
    }

    @Test
    void anIndicatorWhoseMetricNoModuleContributesHasNoDataSourceAndIsScoredByHand() {
        Line decisions = line(card("lingdao"), "3.2");
        assertThat(decisions.hasSource()).isFalse();
        assertThat(decisions.autoScore()).isNull();
        assertThat(decisions.automatic()).isFalse();
    }

    @Test
    void aTownshipSeesItsOwnFiguresAndAnotherCountyGetsNotFound() {
        assertThat(card(townOffice).unitId()).isEqualTo(fx.town());
        assertThatThrownBy(() -> card("linxian")).isInstanceOf(NotFoundException.class);
        MvcTestResult r = mvc.get().uri("/api/v1/indicators/scorecard?unit=" + fx.town() + "&year=" + YEAR
                + "&system=" + copy.id()).with(DemoUsers.as("linxian")).accept(MediaType.APPLICATION_JSON).exchange();
        assertThat(r.getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void aYearIsSelfAssessedReviewedRankedFrozenAndKeepsItsFiguresWhenARecordChanges() throws Exception {
        AssessmentRound round = as.run("fzb", () -> rounds.open(new OpenRoundRequest(copy.id(), YEAR)));
        assertThatThrownBy(() -> as.run("fzb", () -> rounds.open(new OpenRoundRequest(copy.id(), YEAR))))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.code()).isEqualTo("round-exists"));
        Indicator manual = indicator(copy.id(), "8.5");
        Indicator filing = indicator(copy.id(), "2.4");
        long id = round.id();
        long town = fx.town();

        assertThatThrownBy(() -> as.run("fzb", () -> rounds.selfAssess(id, town, manual.id(),
                new SelfScoreRequest(new BigDecimal("3"), "述职报告"), null)))
                .isInstanceOfSatisfying(RefusedException.class,
                        e -> assertThat(e.code()).isEqualTo("only-the-unit-assesses-itself"));
        assertThatThrownBy(() -> as.run(townOffice, () -> rounds.selfAssess(id, town, filing.id(),
                new SelfScoreRequest(new BigDecimal("4"), "已报备"), null)))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.code()).isEqualTo("scored-automatically"));
        assertThatThrownBy(() -> as.run(townOffice, () -> rounds.selfAssess(id, town, manual.id(),
                new SelfScoreRequest(new BigDecimal("30"), "述职报告"), null)))
                .isInstanceOf(InvalidInputException.class);
        Entry self = as.run(townOffice, () -> rounds.selfAssess(id, town, manual.id(),
                new SelfScoreRequest(new BigDecimal("3"), "党政主要负责人述法报告"), null));
        assertThat(self.finalScore()).isEqualByComparingTo("3");
        assertThatThrownBy(() -> as.run(townOffice, () -> rounds.review(id, town, manual.id(),
                new ReviewScoreRequest(new BigDecimal("4"), "自己审核"))))
                .isInstanceOfSatisfying(RefusedException.class,
                        e -> assertThat(e.code()).isEqualTo("only-the-superior-reviews"));
        Entry reviewed = as.run("fzb", () -> rounds.review(id, town, manual.id(),
                new ReviewScoreRequest(new BigDecimal("2.5"), "述法报告不完整")));
        assertThat(reviewed.finalScore()).isEqualByComparingTo("2.5");

        RoundView county = as.run("fzb", () -> rounds.view(id));
        assertThat(county.townships()).extracting(AssessmentRounds.UnitResult::unitId).contains(town);
        assertThat(county.townships()).isSortedAccordingTo((a, b) -> b.total().compareTo(a.total()));
        RoundView own = as.run(townOffice, () -> rounds.view(id));
        assertThat(own.all()).extracting(AssessmentRounds.UnitResult::unitId).containsExactly(town);
        assertThatThrownBy(() -> as.run("linxian", () -> rounds.view(id))).isInstanceOf(NotFoundException.class);

        BigDecimal dashboardBefore = dashboardFilingValue();
        assertThat(dashboardBefore).isEqualByComparingTo("50");
        as.run("fzb", () -> rounds.freeze(id, round.version()));
        assertThatThrownBy(() -> as.run(townOffice, () -> rounds.selfAssess(id, town, manual.id(),
                new SelfScoreRequest(new BigDecimal("4"), "补充"), null)))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.code()).isEqualTo("round-frozen"));

        clock.setDate(LocalDate.of(YEAR, 4, 20));
        as.run(fx.drafter(), () -> ctx.getBean(Filings.class).file(notFiled.id(), new FilingRequest("示范县人民政府",
                LocalDate.of(YEAR, 4, 20), "ZC" + fx.tag(), null, null)));
        clock.reset();

        assertThat(dashboardFilingValue()).isEqualByComparingTo("100");
        Entry frozen = as.run("fzb", () -> rounds.view(id)).unit(town).entries().stream()
                .filter(e -> e.indicator().id() == filing.id()).findFirst().orElseThrow();
        assertThat(frozen.frozenValue()).isEqualByComparingTo("50");
        assertThat(frozen.live().value()).isEqualByComparingTo("100");
        assertThat(frozen.changedSinceFreeze()).isTrue();
        assertThat(frozen.difference()).isEqualByComparingTo("50");
        assertThat(frozen.finalScore()).isEqualByComparingTo("2.00");
    }

    private BigDecimal dashboardFilingValue() throws Exception {
        MvcTestResult r = mvc.get().uri("/api/v1/indicators/scorecard?unit=" + fx.town() + "&year=" + YEAR + "&system="
                + copy.id()).with(DemoUsers.as("lingdao")).accept(MediaType.APPLICATION_JSON).exchange();
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        String body = new String(r.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        List<Number> values = JsonPath.read(body, "$.areas[*].lines[?(@.indicator.code == '2.4')].value");
        return new BigDecimal(values.get(0).toString());
    }

    @Test
    void theLeaderLandsOnTheDashboardWhichShowsTheChartsAndTheIndicators() {
        MvcTestResult home = mvc.get().uri("/console").with(KernelTestSupport.console(users, "lingdao")).exchange();
        assertThat(home.getResponse().getRedirectedUrl()).isEqualTo("/console/indicators");
        MvcTestResult page = mvc.get().uri("/console/indicators?unit=" + fx.town() + "&year=" + YEAR + "&lang=zh_CN")
                .with(KernelTestSupport.console(users, "lingdao")).exchange();
        assertThat(page.getResponse().getStatus()).isEqualTo(200);
        String html = new String(page.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(html).contains("领导驾驶舱", "data-charts=", "/webjars/echarts/",
                "/console/assessment/metrics/normdocs.legality-review-rate?unit=" + fx.town());
        MvcTestResult en = mvc.get().uri("/console/indicators?unit=" + fx.town() + "&year=" + YEAR + "&lang=en")
                .with(KernelTestSupport.console(users, "lingdao")).exchange();
        assertThat(new String(en.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8))
                .contains("Units side by side", "Indicators against targets");
        MvcTestResult outside = mvc.get().uri("/console/indicators?unit=" + fx.town()).with(KernelTestSupport.console(users, "linxian"))
                .exchange();
        assertThat(outside.getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void theRoundPagesRenderForTheAssessorAndTheAssessedUnit() {
        for (String path : List.of("/console/indicators/systems", "/console/indicators/systems/" + copy.id(),
                "/console/indicators/rounds")) {
            MvcTestResult r = mvc.get().uri(path).with(KernelTestSupport.console(users, "fzb")).exchange();
            assertThat(r.getResponse().getStatus()).as(path).isEqualTo(200);
        }
    }

    @Test
    void theReportIsDraftedFromTheFiguresKeepsItsNarrativeOnRefreshMarksChangesExportsAndIsPublished() throws Exception {
        AnnualReport report = as.run("fzb", () -> reports.draft(new ReportDraftRequest(fx.town(), YEAR, false)));
        assertThatThrownBy(() -> as.run("fzb", () -> reports.draft(new ReportDraftRequest(fx.town(), YEAR, false))))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.code()).isEqualTo("report-exists"));
        AnnualReports.ReportView view = as.run("fzb", () -> reports.view(report.id()));
        assertThat(view.parts().stream().mapToInt(AnnualReport.Part::section).distinct()).containsExactly(1, 2, 3, 4, 5);
        AnnualReport.Figure filing = view.parts().stream().flatMap(p -> p.figures().stream())
                .filter(f -> f.metricId().startsWith("normdocs.filing")).findFirst().orElseThrow();
        var metric = as.run("fzb", () -> assessment.figure(filing.metricId(), fx.town(), YEAR));
        assertThat(filing.numerator()).isEqualTo(metric.value().numerator());
        assertThat(filing.denominator()).isEqualTo(metric.value().denominator());
        AnnualReport.Part first = view.section(1).get(0);
        AnnualReports.ReportView edited = as.run("fzb", () -> reports.edit(report.id(), first.id(),
                new NarrativeRequest("全年坚持以法治思维推进各项工作。", view.report().version())));
        assertThatThrownBy(() -> as.run("fzb", () -> reports.edit(report.id(), first.id(),
                new NarrativeRequest("过时的修改", view.report().version()))))
                .isInstanceOf(org.fazhi.shared.StaleVersionException.class);

        clock.setDate(LocalDate.of(YEAR, 6, 1));
        published("指标考核文件丙", LocalDate.of(YEAR, 6, 1));
        clock.reset();
        AnnualReports.ReportView refreshed = as.run("fzb", () -> reports.refresh(report.id(),
                edited.report().version()));
        AnnualReport.Figure after = refreshed.parts().stream().flatMap(p -> p.figures().stream())
                .filter(f -> f.id() == filing.id()).findFirst().orElseThrow();
        assertThat(after.changed()).isTrue();
        assertThat(after.denominator()).isEqualTo(filing.denominator() + 1);
        assertThat(after.previous()).isEqualByComparingTo(filing.value());
        assertThat(refreshed.section(1).get(0).narrative()).isEqualTo("全年坚持以法治思维推进各项工作。");

        MvcTestResult docx = mvc.get().uri("/console/indicators/reports/" + report.id() + "/export.docx")
                .with(KernelTestSupport.console(users, "fzb")).exchange();
        assertThat(docx.getResponse().getStatus()).isEqualTo(200);
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(
                new java.io.ByteArrayInputStream(docx.getResponse().getContentAsByteArray()))) {
            var sect = doc.getDocument().getBody().getSectPr();
            assertThat(sect.getPgSz().getW().toString()).isEqualTo("11906");
            assertThat(sect.getPgSz().getH().toString()).isEqualTo("16838");
            assertThat(sect.getPgMar().getTop().toString()).isEqualTo("2098");
            assertThat(sect.getPgMar().getLeft().toString()).isEqualTo("1587");
            var title = doc.getParagraphs().get(0);
            assertThat(title.getText()).isEqualTo(report.title());
            assertThat(title.getRuns().get(0).getFontSizeAsDouble()).isEqualTo(22.0);
            String text = doc.getParagraphs().stream().map(p -> p.getText()).reduce("", String::concat);
            assertThat(text).contains("一、" + YEAR + "年度推进法治政府建设的主要举措和成效", "全年坚持以法治思维推进各项工作。",
                    "五、其他需要报告的情况");
            var body = doc.getParagraphs().stream().filter(p -> p.getText().contains("全年坚持")).findFirst().orElseThrow();
            assertThat(body.getRuns().get(0).getFontFamily(org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange.eastAsia))
                    .isEqualTo("仿宋_GB2312");
            assertThat(body.getRuns().get(0).getFontSizeAsDouble()).isEqualTo(16.0);
            assertThat(doc.getFooterList().get(0).getText()).contains("—");
        }

        MvcTestResult pdf = mvc.get().uri("/console/indicators/reports/" + report.id() + "/export.pdf")
                .with(KernelTestSupport.console(users, "fzb")).exchange();
        assertThat(pdf.getResponse().getStatus()).isEqualTo(200);
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.getResponse().getContentAsByteArray())) {
            var page = doc.getPage(0);
            assertThat(page.getMediaBox().getWidth()).isCloseTo(595.28f, org.assertj.core.data.Offset.offset(0.5f));
            assertThat(page.getMediaBox().getHeight()).isCloseTo(841.89f, org.assertj.core.data.Offset.offset(0.5f));
            var font = page.getResources().getFont(page.getResources().getFontNames().iterator().next());
            assertThat(font.isEmbedded()).isTrue();
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\R", "");
            assertThat(text).contains(report.title(), "全年坚持以法治思维推进各项工作。", "— 1 —");
        }

        assertThat(mvc.get().uri("/reports/" + report.id()).exchange().getResponse().getStatus()).isEqualTo(404);
        assertThatThrownBy(() -> as.run("fzb", () -> reports.publish(report.id(), null)))
                .isInstanceOfSatisfying(RefusedException.class,
                        e -> assertThat(e.code()).isEqualTo("report-not-submitted"));
        as.run("fzb", () -> reports.submit(report.id(), null));
        assertThatThrownBy(() -> as.run("fzb", () -> reports.refresh(report.id(), null)))
                .isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.code()).isEqualTo("report-not-draft"));
        AnnualReports.ReportView published = as.run("fzb", () -> reports.publish(report.id(), null));
        assertThat(published.deadlines()).extracting(t -> t.ruleId()).containsExactlyInAnyOrder("AR-01", "AR-02");
        assertThat(published.deadlines()).allMatch(t -> t.status() == org.fazhi.deadlines.DeadlineStatus.MET);
        MvcTestResult portal = mvc.get().uri("/reports/" + report.id()).exchange();
        assertThat(portal.getResponse().getStatus()).isEqualTo(200);
        assertThat(new String(portal.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8))
                .contains(report.title(), "全年坚持以法治思维推进各项工作。");
        assertThat(new String(mvc.get().uri("/reports").exchange().getResponse().getContentAsByteArray(),
                StandardCharsets.UTF_8)).contains(report.title());
        assertThatThrownBy(() -> as.run("linxian", () -> reports.view(report.id()))).isInstanceOf(NotFoundException.class);
    }
}
