package org.fazhi.assessment.internal.web;

import org.fazhi.shared.excel.SpreadsheetDownload;
import java.util.List;
import org.fazhi.assessment.internal.web.AssessmentViews.FigureDetail;
import org.fazhi.assessment.internal.web.AssessmentViews.FiguresView;
import org.fazhi.assessment.internal.web.AssessmentViews.Query;
import org.fazhi.shared.web.Allowed;
import org.fazhi.units.Unit;
import org.fazhi.units.Units;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 考核评估 (/console/assessment): the figures of a unit subtree in a year, grouped by module, each
 * against its target; a figure's page lists the records behind it (counted or not), with their
 * Excel export. A unit outside the reader's scope is the 404 page, a year out of range the 400 page.
 */
@Controller
@Allowed.Overseers
class AssessmentPages {

    /** A unit of the selector, indented by its depth below the reader's top unit. */
    public record UnitOption(long id, String label) {
    }

    private final AssessmentViews views;
    private final Units units;

    AssessmentPages(AssessmentViews views, Units units) {
        this.views = views;
        this.units = units;
    }

    @GetMapping("/console/assessment")
    String figures(@RequestParam(required = false) Long unit, @RequestParam(required = false) Integer year,
            Model model) {
        Query q = views.query(unit, year);
        FiguresView figures = views.figures(q, null);
        model.addAttribute("figures", figures);
        model.addAttribute("groups", views.rowsByModule(figures));
        model.addAttribute("units", unitOptions());
        model.addAttribute("years", views.years(q.year()));
        return "assessment/figures";
    }

    private List<UnitOption> unitOptions() {
        List<Unit> visible = units.visible();
        int top = visible.stream().mapToInt(Unit::depth).min().orElse(0);
        return visible.stream().map(u -> new UnitOption(u.id(), "\u00a0\u00a0".repeat(Math.max(0, u.depth() - top))
                + u.name())).toList();
    }

    @GetMapping("/console/assessment/metrics/{metricId}")
    String records(@PathVariable String metricId, @RequestParam(required = false) Long unit,
            @RequestParam(required = false) Integer year, Model model) {
        FigureDetail detail = views.detail(metricId, views.query(unit, year));
        model.addAttribute("detail", detail);
        model.addAttribute("row", views.row(detail.metric()));
        model.addAttribute("counted", detail.records().stream().filter(r -> r.counted()).count());
        return "assessment/records";
    }

    @GetMapping("/console/assessment/metrics/{metricId}/export")
    ResponseEntity<byte[]> export(@PathVariable String metricId, @RequestParam(required = false) Long unit,
            @RequestParam(required = false) Integer year) {
        FigureDetail d = views.detail(metricId, views.query(unit, year));
        List<String> headers = List.of(views.text("assessment.col.record"), views.text("assessment.col.counted"),
                views.text("assessment.col.note"), views.text("assessment.col.link"));
        String yes = views.text("assessment.counted.yes");
        String no = views.text("assessment.counted.no");
        List<List<?>> rows = d.records().stream()
                .<List<?>>map(r -> java.util.Arrays.asList(r.label(), r.counted() ? yes : no, r.note(), r.link()))
                .toList();
        String file = d.name() + "-" + d.unitName() + "-" + d.year();
        return SpreadsheetDownload.of(file, views.text("assessment.records.sheet"), headers, rows);
    }
}
