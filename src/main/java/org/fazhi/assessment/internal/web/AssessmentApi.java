package org.fazhi.assessment.internal.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.fazhi.assessment.Assessment;
import org.fazhi.assessment.internal.web.AssessmentViews.FigureDetail;
import org.fazhi.assessment.internal.web.AssessmentViews.FiguresView;
import org.fazhi.shared.web.Allowed;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The assessment figures as JSON, per unit subtree and year, and the records behind each figure.
 * The unit defaults to the caller's own, the year to the current one; a unit outside the caller's
 * scope answers 404, a year outside {@value Assessment#FIRST_YEAR}..{@value Assessment#LAST_YEAR}
 * or an unknown module 400, an unknown metric 404. Read by the rule-of-law office, leaders and the
 * legal reviewers; the administrator roles are kept out (403).
 */
@RestController
@RequestMapping("/api/v1/assessment")
@Validated
@Allowed.Overseers
@Tag(name = "assessment", description = "考核评估 (assessment figures and the records behind them)")
class AssessmentApi {

    private final AssessmentViews views;

    AssessmentApi(AssessmentViews views) {
        this.views = views;
    }

    @GetMapping("/metrics")
    @Operation(summary = "The figures of a unit subtree (default: the caller's unit) in a year (default: this year),"
            + " optionally of one module")
    FiguresView figures(@RequestParam(required = false) @Positive Long unit,
            @RequestParam(required = false) @Min(Assessment.FIRST_YEAR) @Max(Assessment.LAST_YEAR) Integer year,
            @RequestParam(required = false) @Size(min = 1, max = 40) String module) {
        return views.figures(views.query(unit, year), module);
    }

    @GetMapping("/metrics/{metricId}")
    @Operation(summary = "One figure with the records behind it (counted or not, with a console link and a note)")
    FigureDetail figure(@PathVariable @Size(max = 100) String metricId,
            @RequestParam(required = false) @Positive Long unit,
            @RequestParam(required = false) @Min(Assessment.FIRST_YEAR) @Max(Assessment.LAST_YEAR) Integer year) {
        return views.detail(metricId, views.query(unit, year));
    }
}
