package org.fazhi.indicators.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.fazhi.indicators.AnnualReport;
import org.fazhi.indicators.AnnualReports;
import org.fazhi.indicators.AssessmentRound;
import org.fazhi.indicators.AssessmentRounds;
import org.fazhi.indicators.Indicator;
import org.fazhi.indicators.IndicatorSystems;
import org.fazhi.indicators.NarrativeRequest;
import org.fazhi.indicators.OpenRoundRequest;
import org.fazhi.indicators.ReportDraftRequest;
import org.fazhi.indicators.SelfScoreRequest;
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
 * Demo data after the other modules' (so its figures are theirs): the county's annual report for the demo
 * year drafted from the figures, with the principals' duties and next year's plan written, and the year's
 * assessment of the townships and departments opened, 东湖镇 having assessed its principals' duties.
 * Every name is invented.
 */
@Component
@Order(180)
class DemoIndicators implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoIndicators.class);

    private final AnnualReports reports;
    private final AssessmentRounds rounds;
    private final IndicatorSystems systems;
    private final Units units;
    private final UserDirectory users;
    private final ActingAs acting;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final boolean enabled;

    DemoIndicators(AnnualReports reports, AssessmentRounds rounds, IndicatorSystems systems, Units units,
            UserDirectory users, ActingAs acting, JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock,
            @Value("${fazhi.demo-data:true}") boolean enabled) {
        this.reports = reports;
        this.rounds = rounds;
        this.systems = systems;
        this.units = units;
        this.users = users;
        this.acting = acting;
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled || units.findByCode("SFX").isEmpty() || units.findByCode("SFX-DH").isEmpty()
                || List.of("fzb", "donghu").stream().anyMatch(u -> users.findByUsername(u).isEmpty())
                || jdbc.sql("select count(*) from annual_report").query(Long.class).single() > 0) {
            return;
        }
        tx.executeWithoutResult(s -> load());
    }

    private void load() {
        int year = LocalDate.now(clock).minusDays(290).getYear();
        long county = units.findByCode("SFX").orElseThrow().id();
        long donghu = units.findByCode("SFX-DH").orElseThrow().id();
        AnnualReport report = acting.run("fzb", () -> reports.draft(new ReportDraftRequest(county, year, true)));
        var view = acting.run("fzb", () -> reports.view(report.id()));
        int version = view.report().version();
        long duties = view.section(3).get(0).id();
        long plans = view.section(4).get(0).id();
        var afterDuties = acting.run("fzb", () -> reports.edit(report.id(), duties, new NarrativeRequest(
                "县政府主要负责同志全年主持召开法治政府建设专题会议，带头开展述法，对重大行政决策、规范性文件合法性审核等工作"
                        + "亲自部署、亲自督办。", version)));
        acting.run("fzb", () -> reports.edit(report.id(), plans, new NarrativeRequest(
                "下一年度将继续推进规范性文件备案审查和清理，提升基层合法性审核能力，完善法治政府建设考核评价。",
                afterDuties.report().version())));
        long system = systems.forYear(year, county).id();
        AssessmentRound round = acting.run("fzb", () -> rounds.open(new OpenRoundRequest(system, year)));
        Indicator manual = systems.treeOf(system).indicators().stream().filter(Indicator::manual).findFirst()
                .orElseThrow();
        acting.run("donghu", () -> rounds.selfAssess(round.id(), donghu, manual.id(), new SelfScoreRequest(
                manual.weight().subtract(java.math.BigDecimal.ONE), "镇党委书记、镇长年度述法报告各一份"), null));
        log.info("Demo indicators: the {} annual report of the county drafted and the {} assessment opened", year, year);
    }
}
