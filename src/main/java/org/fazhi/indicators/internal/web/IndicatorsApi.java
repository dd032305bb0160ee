package org.fazhi.indicators.internal.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import java.time.LocalDate;
import java.time.Clock;
import java.util.List;
import org.fazhi.indicators.AnnualReport;
import org.fazhi.indicators.AnnualReports;
import org.fazhi.indicators.AnnualReports.ReportView;
import org.fazhi.indicators.NarrativeRequest;
import org.fazhi.indicators.ReportDraftRequest;
import org.fazhi.indicators.AssessmentRound;
import org.fazhi.indicators.AssessmentRounds;
import org.fazhi.indicators.AssessmentRounds.Entry;
import org.fazhi.indicators.AssessmentRounds.RoundView;
import org.fazhi.indicators.CopyRequest;
import org.fazhi.indicators.Dashboards;
import org.fazhi.indicators.Dashboards.Dashboard;
import org.fazhi.indicators.Indicator;
import org.fazhi.indicators.IndicatorRequest;
import org.fazhi.indicators.IndicatorSystem;
import org.fazhi.indicators.IndicatorSystems;
import org.fazhi.indicators.IndicatorSystems.SystemTree;
import org.fazhi.indicators.OpenRoundRequest;
import org.fazhi.indicators.ReviewScoreRequest;
import org.fazhi.indicators.Scorecards;
import org.fazhi.indicators.Scorecards.Scorecard;
import org.fazhi.indicators.SelfScoreRequest;
import org.fazhi.shared.NotFoundException;
import org.fazhi.shared.web.Allowed;
import org.fazhi.units.DataScope;
import org.springframework.http.HttpStatus;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Indicator systems, scorecards, assessment rounds and the dashboard as JSON. Read by the 法治办, leaders
 * and reviewers; changed by the 法治办. A unit or round outside the reader's scope answers 404, a refused
 * step 409 with its code, bad input 400 — all RFC 9457 problems.
 */
@RestController
@RequestMapping("/api/v1/indicators")
@Validated
@Allowed.Overseers
@Tag(name = "indicators", description = "指标体系、考核评分与领导驾驶舱 (indicator systems, assessment, dashboard)")
class IndicatorsApi {

    private final IndicatorSystems systems;
    private final Scorecards scorecards;
    private final AssessmentRounds rounds;
    private final Dashboards dashboards;
    private final AnnualReports reports;
    private final DataScope scope;
    private final Clock clock;

    IndicatorsApi(IndicatorSystems systems, Scorecards scorecards, AssessmentRounds rounds, Dashboards dashboards,
            AnnualReports reports, DataScope scope, Clock clock) {
        this.reports = reports;
        this.systems = systems;
        this.scorecards = scorecards;
        this.rounds = rounds;
        this.dashboards = dashboards;
        this.scope = scope;
        this.clock = clock;
    }

    @GetMapping("/systems")
    @Operation(summary = "Every indicator system, shipped and local")
    List<IndicatorSystem> systems() {
        return systems.all();
    }

    @GetMapping("/systems/{id}")
    @Operation(summary = "A system with its areas and indicators")
    SystemTree system(@PathVariable @Positive long id) {
        return systems.tree(id);
    }

    @PostMapping("/systems/{id}/copies")
    @ResponseStatus(HttpStatus.CREATED)
    @Allowed.RuleOfLawOffice
    @Operation(summary = "Copies a system for the caller's unit and a year")
    IndicatorSystem copy(@PathVariable @Positive long id, @Valid @RequestBody CopyRequest body) {
        return systems.copy(id, body);
    }

    @PutMapping("/indicators/{id}")
    @Allowed.RuleOfLawOffice
    @Operation(summary = "Adapts an indicator of a local system (the shipped ones answer 409)")
    Indicator indicator(@PathVariable @Positive long id, @Valid @RequestBody IndicatorRequest body) {
        return systems.update(id, body);
    }

    @GetMapping("/scorecard")
    @Operation(summary = "A unit subtree's live scorecard for a year (defaults: the caller's unit, this year, the"
            + " year's system)")
    Scorecard scorecard(@RequestParam(required = false) @Positive Long unit,
            @RequestParam(required = false) @Min(2000) @Max(2100) Integer year,
            @RequestParam(required = false) @Positive Long system) {
        long u = unit(unit);
        int y = year(year);
        return scorecards.card(system != null ? system : systems.forYear(y, u).id(), u, y);
    }

    @GetMapping("/dashboard")
    @Operation(summary = "The dashboard of a unit subtree and year")
    Dashboard dashboard(@RequestParam(required = false) @Positive Long unit,
            @RequestParam(required = false) @Min(2000) @Max(2100) Integer year) {
        return dashboards.of(unit(unit), year(year));
    }

    @GetMapping("/rounds")
    @Operation(summary = "The assessment rounds the caller assesses or is assessed in")
    List<AssessmentRound> rounds() {
        return rounds.visible();
    }

    @PostMapping("/rounds")
    @ResponseStatus(HttpStatus.CREATED)
    @Allowed.RuleOfLawOffice
    @Operation(summary = "Opens the year's assessment of the units under the caller's unit")
    AssessmentRound open(@Valid @RequestBody OpenRoundRequest body) {
        return rounds.open(body);
    }

    @GetMapping("/rounds/{id}")
    @Operation(summary = "A round: the townships and departments with their scores and ranks")
    RoundView round(@PathVariable @Positive long id) {
        return rounds.view(id);
    }

    @PostMapping("/rounds/{id}/units/{unitId}/indicators/{indicatorId}/self")
    @Allowed.RuleOfLawOffice
    @Operation(summary = "A unit's self-assessment of one indicator")
    Entry self(@PathVariable @Positive long id, @PathVariable @Positive long unitId,
            @PathVariable @Positive long indicatorId, @Valid @RequestBody SelfScoreRequest body) {
        return rounds.selfAssess(id, unitId, indicatorId, body, null);
    }

    @PostMapping("/rounds/{id}/units/{unitId}/indicators/{indicatorId}/review")
    @Allowed.RuleOfLawOffice
    @Operation(summary = "The superior's review of one indicator of a unit")
    Entry review(@PathVariable @Positive long id, @PathVariable @Positive long unitId,
            @PathVariable @Positive long indicatorId, @Valid @RequestBody ReviewScoreRequest body) {
        return rounds.review(id, unitId, indicatorId, body);
    }

    @PostMapping("/rounds/{id}/freeze")
    @Allowed.RuleOfLawOffice
    @Operation(summary = "Closes the year: figures and scores as of now are kept")
    RoundView freeze(@PathVariable @Positive long id,
            @RequestParam(required = false) @Min(0) @Max(Integer.MAX_VALUE) Integer version) {
        return rounds.freeze(id, version);
    }

    @GetMapping("/reports")
    @Operation(summary = "The annual reports of the units the caller may see")
    List<AnnualReport> reports() {
        return reports.visible();
    }

    @PostMapping("/reports")
    @ResponseStatus(HttpStatus.CREATED)
    @Allowed.RuleOfLawOffice
    @Operation(summary = "Drafts a unit's annual report for a year from its figures (AR-01/AR-02 on the 督办台)")
    AnnualReport draft(@Valid @RequestBody ReportDraftRequest body) {
        return reports.draft(body);
    }

    @GetMapping("/reports/{id}")
    @Operation(summary = "A report with its parts, quoted figures (changed ones marked) and deadlines")
    ReportView report(@PathVariable @Positive long id) {
        return reports.view(id);
    }

    @PostMapping("/reports/{id}/refresh")
    @Allowed.RuleOfLawOffice
    @Operation(summary = "Recomputes the figures of a draft; narratives stay, changed figures are marked")
    ReportView refresh(@PathVariable @Positive long id,
            @RequestParam(required = false) @Min(0) @Max(Integer.MAX_VALUE) Integer version) {
        return reports.refresh(id, version);
    }

    @PutMapping("/reports/{id}/parts/{partId}")
    @Allowed.RuleOfLawOffice
    @Operation(summary = "Edits the narrative of a part of a draft")
    ReportView edit(@PathVariable @Positive long id, @PathVariable @Positive long partId,
            @Valid @RequestBody NarrativeRequest body) {
        return reports.edit(id, partId, body);
    }

    @PostMapping("/reports/{id}/submit")
    @Allowed.RuleOfLawOffice
    @Operation(summary = "Reported to the party committee and the superior (meets AR-01)")
    ReportView submit(@PathVariable @Positive long id,
            @RequestParam(required = false) @Min(0) @Max(Integer.MAX_VALUE) Integer version) {
        return reports.submit(id, version);
    }

    @PostMapping("/reports/{id}/publish")
    @Allowed.RuleOfLawOffice
    @Operation(summary = "Made public on the portal (meets AR-02)")
    ReportView publish(@PathVariable @Positive long id,
            @RequestParam(required = false) @Min(0) @Max(Integer.MAX_VALUE) Integer version) {
        return reports.publish(id, version);
    }

    private long unit(Long unit) {
        Long u = unit != null ? unit : scope.homeUnitId();
        if (u == null) {
            throw new NotFoundException("unit", "home");
        }
        return u;
    }

    private int year(Integer year) {
        return year != null ? year : LocalDate.now(clock).getYear();
    }
}
