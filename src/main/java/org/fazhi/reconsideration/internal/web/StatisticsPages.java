package org.fazhi.reconsideration.internal.web;

import java.util.List;
import java.util.Map;
import org.fazhi.reconsideration.CaseOverviews;
import org.fazhi.reconsideration.OpinionLetter;
import org.fazhi.reconsideration.OpinionLetters;
import org.fazhi.reconsideration.ReconsiderationStatistics;
import org.fazhi.reconsideration.Statistics;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.web.Allowed;
import org.fazhi.shared.web.FormInput;
import org.fazhi.units.DataScope;
import org.fazhi.units.Units;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 复议统计 (/console/reconsideration/statistics): a unit's figures for a year, every one computed from
 * the cases, with the records behind each one a click away.
 */
@Controller
@RequestMapping("/console/reconsideration/statistics")
@Allowed.Staff
class StatisticsPages {

    private final ReconsiderationStatistics statistics;
    private final CaseOverviews overviews;
    private final OpinionLetters letters;
    private final CaseViews views;
    private final DataScope scope;
    private final Units units;
    private final MessageSource messages;

    StatisticsPages(ReconsiderationStatistics statistics, CaseOverviews overviews, OpinionLetters letters,
            CaseViews views, DataScope scope, Units units, MessageSource messages) {
        this.statistics = statistics;
        this.overviews = overviews;
        this.letters = letters;
        this.views = views;
        this.scope = scope;
        this.units = units;
        this.messages = messages;
    }

    @GetMapping
    String page(@RequestParam Map<String, String> params, Model model) {
        Selection s = select(params);
        model.addAttribute("stats", statistics.of(s.unitId(), s.year()));
        model.addAttribute("units", units.visibleTree());
        model.addAttribute("unitId", s.unitId());
        model.addAttribute("year", s.year());
        model.addAttribute("years", years());
        return "reconsideration/statistics";
    }

    @GetMapping("/records")
    String records(@RequestParam Map<String, String> params, @RequestParam(required = false) String figure,
            Model model) {
        Selection s = select(params);
        Statistics stats = statistics.of(s.unitId(), s.year());
        Statistics.Figure f = stats.figures().stream().filter(x -> x.key().equals(figure)).findFirst()
                .orElseThrow(() -> InvalidInputException.field("figure", "reconsideration.statistics.figure-unknown"));
        List<OpinionLetter> shown = letters.visible().stream().filter(l -> f.letterIds().contains(l.id())).toList();
        model.addAttribute("figure", f);
        model.addAttribute("cases", overviews.some(f.caseIds()));
        model.addAttribute("letters", shown);
        model.addAttribute("unitName", units.name(s.unitId()));
        model.addAttribute("unitId", s.unitId());
        model.addAttribute("year", s.year());
        return "reconsideration/statistics-records";
    }

    private record Selection(long unitId, int year) {
    }

    private Selection select(Map<String, String> params) {
        FormInput form = FormInput.of("stats", Map.of("unitId", params.getOrDefault("unitId", "").strip(), "year",
                params.getOrDefault("year", "").strip()), messages);
        Long unit = form.id("unitId");
        Integer year = form.integer("year");
        Long home = scope.homeUnitId();
        long unitId = unit != null ? unit : home == null ? 0 : home;
        return new Selection(unitId, year == null ? views.today().getYear() : year);
    }

    private List<Integer> years() {
        return java.util.stream.IntStream.rangeClosed(2020, views.today().getYear()).boxed()
                .sorted(java.util.Comparator.reverseOrder()).toList();
    }
}
