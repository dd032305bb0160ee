package org.fazhi.litigation.internal.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.fazhi.litigation.AppealRequest;
import org.fazhi.litigation.AppearanceRequest;
import org.fazhi.litigation.AppearanceStatistics;
import org.fazhi.litigation.Appearances;
import org.fazhi.litigation.CourtHearing;
import org.fazhi.litigation.CourtHearingRequest;
import org.fazhi.litigation.DefenceRequest;
import org.fazhi.litigation.EffectRequest;
import org.fazhi.litigation.FulfilmentRequest;
import org.fazhi.litigation.JudgmentRequest;
import org.fazhi.litigation.JudicialSuggestion;
import org.fazhi.litigation.JudicialSuggestions;
import org.fazhi.litigation.LitigationCase;
import org.fazhi.litigation.LitigationCases;
import org.fazhi.litigation.LitigationGuide;
import org.fazhi.litigation.LitigationOverviews;
import org.fazhi.litigation.LitigationRequest;
import org.fazhi.litigation.LitigationStatus;
import org.fazhi.litigation.Stage;
import org.fazhi.litigation.SuggestionReplyRequest;
import org.fazhi.litigation.SuggestionRequest;
import org.fazhi.shared.PageQuery;
import org.fazhi.shared.PageResult;
import org.fazhi.shared.web.Allowed;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Litigation as JSON: the suits against the caller's units, a suit with its guide and hearings, every
 * step, the judicial suggestions and their replies, and the appearance of the responsible persons. A
 * suit outside the caller's scope answers 404; a step the procedure refuses answers 409 with the reason.
 */
@RestController
@RequestMapping("/api/v1/litigation")
@Validated
@Allowed.Staff
@Tag(name = "litigation", description = "行政应诉 (suits against the units) and 司法建议")
class LitigationApi {

    private final LitigationOverviews overviews;
    private final LitigationGuide guide;
    private final LitigationCases cases;
    private final JudicialSuggestions suggestions;
    private final AppearanceStatistics appearances;
    private final LitigationViews views;

    LitigationApi(LitigationOverviews overviews, LitigationGuide guide, LitigationCases cases,
            JudicialSuggestions suggestions, AppearanceStatistics appearances, LitigationViews views) {
        this.overviews = overviews;
        this.guide = guide;
        this.cases = cases;
        this.suggestions = suggestions;
        this.appearances = appearances;
        this.views = views;
    }

    @GetMapping("/cases")
    @Operation(summary = "Suits against the caller's units, filtered by stage, status, year filed and text")
    PageResult<LitigationCase> list(@RequestParam(required = false) Stage stage,
            @RequestParam(required = false) LitigationStatus status,
            @RequestParam(required = false) @Min(2000) @Max(2100) Integer year,
            @RequestParam(required = false) @Size(max = 100) String q,
            @RequestParam(required = false) @Min(0) @Max(100_000) Integer page,
            @RequestParam(required = false) @Min(1) @Max(200) Integer size) {
        return overviews.list(stage, status, year, q, PageQuery.of(page, size));
    }

    @PostMapping("/cases")
    @Operation(summary = "A suit as served: the filing window is checked, the answer's 15 days (LT-02) start")
    ResponseEntity<LitigationCase> file(@Valid @RequestBody LitigationRequest r) {
        LitigationCase c = cases.file(r);
        return ResponseEntity.created(URI.create("/api/v1/litigation/cases/" + c.id())).body(c);
    }

    @GetMapping("/cases/{id}")
    @Operation(summary = "One instance of a suit (404 outside the caller's scope)")
    LitigationCase get(@PathVariable @Positive long id) {
        return overviews.get(id);
    }

    @GetMapping("/cases/{id}/guide")
    @Operation(summary = "The next step, and for each step whether the caller may take it now or why not")
    LitigationViews.GuideView guide(@PathVariable @Positive long id) {
        return views.guide(guide.of(id));
    }

    @GetMapping("/cases/{id}/hearings")
    @Operation(summary = "The hearings, the latest day of each summons (LT-04) and who appeared")
    List<CourtHearing> hearings(@PathVariable @Positive long id) {
        return overviews.of(id).hearings();
    }

    @PostMapping("/cases/{id}/defence")
    @Operation(summary = "The 答辩状 and evidence submitted (LT-02)")
    LitigationCase defend(@PathVariable @Positive long id, @Valid @RequestBody DefenceRequest r) {
        return cases.submitDefence(id, r);
    }

    @PostMapping("/cases/{id}/hearings")
    @Operation(summary = "A hearing set by the court; a summons is checked against the day counted back (LT-04)")
    CourtHearing schedule(@PathVariable @Positive long id, @Valid @RequestBody CourtHearingRequest r) {
        return cases.scheduleHearing(id, r);
    }

    @PostMapping("/cases/{id}/appearance")
    @Operation(summary = "Who appeared at the pending hearing (without a responsible person: reason and approval)")
    LitigationCase appear(@PathVariable @Positive long id, @Valid @RequestBody AppearanceRequest r) {
        return cases.recordAppearance(id, r);
    }

    @PostMapping("/cases/{id}/judgment")
    @Operation(summary = "The judgment, ruling or mediation served")
    LitigationCase judge(@PathVariable @Positive long id, @Valid @RequestBody JudgmentRequest r) {
        return cases.recordJudgment(id, r);
    }

    @PostMapping("/cases/{id}/appeal")
    @Operation(summary = "An appeal within LT-09/LT-10: answers the second instance, a case of its own")
    ResponseEntity<LitigationCase> appeal(@PathVariable @Positive long id, @Valid @RequestBody AppealRequest r) {
        LitigationCase second = cases.appeal(id, r);
        return ResponseEntity.created(URI.create("/api/v1/litigation/cases/" + second.id())).body(second);
    }

    @PostMapping("/cases/{id}/effect")
    @Operation(summary = "The judgment took effect")
    LitigationCase effect(@PathVariable @Positive long id, @Valid @RequestBody EffectRequest r) {
        return cases.becomeEffective(id, r);
    }

    @PostMapping("/cases/{id}/fulfilment")
    @Operation(summary = "The effective judgment fulfilled (and reported for the record)")
    LitigationCase fulfil(@PathVariable @Positive long id, @Valid @RequestBody FulfilmentRequest r) {
        return cases.recordFulfilment(id, r);
    }

    @PostMapping("/cases/{id}/closure")
    @Operation(summary = "Close an effective judgment that obliges the defendant to nothing")
    LitigationCase close(@PathVariable @Positive long id, @Valid @RequestBody EffectRequest r) {
        return cases.closeWithoutPerformance(id, r);
    }

    @GetMapping("/suggestions")
    @Operation(summary = "Judicial suggestions to the caller's units")
    List<JudicialSuggestion> suggestions() {
        return suggestions.list();
    }

    @PostMapping("/suggestions")
    @Operation(summary = "A judicial suggestion received: the reply is due by the court's date, else LT-12")
    ResponseEntity<JudicialSuggestion> receive(@Valid @RequestBody SuggestionRequest r) {
        JudicialSuggestion s = suggestions.receive(r);
        return ResponseEntity.created(URI.create("/api/v1/litigation/suggestions/" + s.id())).body(s);
    }

    @GetMapping("/suggestions/{id}")
    @Operation(summary = "One judicial suggestion (404 outside the caller's scope)")
    JudicialSuggestion suggestion(@PathVariable @Positive long id) {
        return suggestions.get(id);
    }

    @GetMapping("/suggestions/{id}/guide")
    @Operation(summary = "Whether the caller may reply now, or why not")
    LitigationViews.GuideView suggestionGuide(@PathVariable @Positive long id) {
        return views.guide(suggestions.guide(id));
    }

    @PostMapping("/suggestions/{id}/reply")
    @Operation(summary = "The unit's written reply")
    JudicialSuggestion reply(@PathVariable @Positive long id, @Valid @RequestBody SuggestionReplyRequest r) {
        return suggestions.reply(id, r);
    }

    @GetMapping("/appearance")
    @Operation(summary = "Per defendant unit of a subtree, a year's appearance rate and the principal leader's (SD-07)")
    Appearances appearance(@RequestParam @Positive long unitId, @RequestParam @Min(2000) @Max(2100) int year) {
        return appearances.of(unitId, year);
    }
}
