package org.fazhi.indicators.internal.web;

import jakarta.validation.Validator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fazhi.indicators.ScoringFunction;
import org.fazhi.indicators.IndicatorRequest;
import org.fazhi.indicators.Indicator;
import org.fazhi.indicators.Comparison;
import org.fazhi.indicators.AreaRequest;
import org.fazhi.indicators.AssessmentRound;
import org.fazhi.indicators.AssessmentRounds;
import org.fazhi.indicators.AssessmentRounds.RoundView;
import org.fazhi.indicators.CopyRequest;
import org.fazhi.indicators.Dashboards;
import org.fazhi.indicators.Dashboards.Dashboard;
import org.fazhi.indicators.EvidenceFile;
import org.fazhi.indicators.IndicatorSystem;
import org.fazhi.indicators.IndicatorSystems;
import org.fazhi.indicators.OpenRoundRequest;
import org.fazhi.indicators.ReviewScoreRequest;
import org.fazhi.indicators.Scorecards.Line;
import org.fazhi.indicators.SelfScoreRequest;
import org.fazhi.shared.Actor;
import org.fazhi.shared.NotFoundException;
import org.fazhi.shared.web.Allowed;
import org.fazhi.shared.web.FormAction;
import org.fazhi.shared.web.FormInput;
import org.fazhi.units.DataScope;
import org.fazhi.units.Unit;
import org.fazhi.units.Units;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * 领导驾驶舱与考核 (/console/indicators): the dashboard of a unit and year with its charts (every number a
 * link to the records behind it), the indicator systems and their copies, and the assessment rounds with
 * self-assessment, review, ranking and freezing.
 */
@Controller
@Allowed.Overseers
class IndicatorPages {

    /** A unit of the selector, indented by its depth. */
    public record UnitOption(long id, String label) {
    }

    private final Dashboards dashboards;
    private final IndicatorSystems systems;
    private final AssessmentRounds rounds;
    private final DataScope scope;
    private final Units units;
    private final MessageSource messages;
    private final Validator validator;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    IndicatorPages(Dashboards dashboards, IndicatorSystems systems, AssessmentRounds rounds, DataScope scope,
            Units units, MessageSource messages, Validator validator, Clock clock) {
        this.dashboards = dashboards;
        this.systems = systems;
        this.rounds = rounds;
        this.scope = scope;
        this.units = units;
        this.messages = messages;
        this.validator = validator;
        this.clock = clock;
    }

    @GetMapping("/console/indicators")
    String dashboard(@RequestParam(required = false) Long unit, @RequestParam(required = false) Integer year,
            Model model) {
        long u = unit != null ? unit : home();
        int y = year != null ? year : LocalDate.now(clock).getYear();
        if (y < 2000 || y > 2100) {
            throw org.fazhi.shared.InvalidInputException.field("year", "assessment.year.out-of-range", 2000, 2100);
        }
        Dashboard d = dashboards.of(u, y);
        model.addAttribute("d", d);
        model.addAttribute("units", unitOptions());
        model.addAttribute("years", years(y));
        model.addAttribute("charts", charts(d));
        return "indicators/dashboard";
    }

    /** The charts' data as JSON for the page's script (no inline script: the CSP allows none). */
    private String charts(Dashboard d) {
        Map<String, Object> c = new LinkedHashMap<>();
        List<Map<String, Object>> lines = new ArrayList<>();
        for (Line l : d.card().lines()) {
            if (l.hasSource() && l.value() != null && l.target() != null) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("name", l.indicator().code() + " " + l.indicator().title());
                m.put("value", l.value());
                m.put("target", l.target());
                m.put("met", Boolean.TRUE.equals(l.met()));
                m.put("link", "/console/assessment/metrics/" + l.indicator().metricId() + "?unit=" + d.card().unitId()
                        + "&year=" + d.card().year());
                lines.add(m);
            }
        }
        c.put("indicators", lines);
        c.put("units", d.units().stream().map(u -> Map.of("name", u.unitName(), "value", u.points(), "link",
                "/console/indicators?unit=" + u.unitId() + "&year=" + d.card().year())).toList());
        c.put("trend", d.trend().stream().map(t -> Map.of("year", String.valueOf(t.year()), "value", t.points(),
                "link", "/console/indicators?unit=" + d.card().unitId() + "&year=" + t.year())).toList());
        c.put("overdue", d.overdue().stream().map(o -> Map.of("name", module(o.module()) + " · " + o.unitName(),
                "value", o.count(), "link", "/console/deadlines?status=OVERDUE&module=" + o.module()
                        + (o.unitId() == null ? "" : "&unitId=" + o.unitId()))).toList());
        c.put("labels", Map.of("value", text("indicators.chart.value"), "target", text("indicators.chart.target"),
                "points", text("indicators.chart.points"), "overdue", text("indicators.chart.overdue")));
        return json.writeValueAsString(c);
    }

    @GetMapping("/console/indicators/systems")
    String systems(Model model) {
        return systemsPage(model, FormInput.empty(messages).put("year", LocalDate.now(clock).getYear()));
    }

    private String systemsPage(Model model, FormInput form) {
        model.addAttribute("systems", systems.all());
        form.addTo(model);
        return "indicators/systems";
    }

    @GetMapping("/console/indicators/systems/{id}")
    String system(@PathVariable long id, Model model) {
        return systemPage(id, model, FormInput.empty(messages));
    }

    private String systemPage(long id, Model model, FormInput form) {
        IndicatorSystems.SystemTree tree = systems.tree(id);
        model.addAttribute("tree", tree);
        model.addAttribute("editing", !tree.system().shipped()
                && Actor.currentHasAnyRole(org.fazhi.units.Role.RULE_OF_LAW_OFFICE.name()));
        model.addAttribute("comparisons", Comparison.values());
        model.addAttribute("scorings", ScoringFunction.values());
        form.addTo(model);
        return "indicators/system";
    }

    /** The labels of the system editor's fields, for the error summary. */
    private static final Map<String, String> SYSTEM_LABELS = Map.of("title", "indicators.field.title",
            "metricId", "indicators.col.metric", "ruleId", "indicators.field.rule", "comparison",
            "indicators.field.comparison", "target", "indicators.col.target", "weight", "indicators.col.weight",
            "scoring", "indicators.col.scoring", "deductPerPoint", "indicators.field.deduct");

    /** Renames an area of a locality's copy (the shipped systems are read-only). */
    @PostMapping("/console/indicators/systems/{id}/areas/{areaId}")
    @Allowed.RuleOfLawOffice
    String renameArea(@PathVariable long id, @PathVariable long areaId, @RequestParam Map<String, String> params,
            Model model, RedirectAttributes redirect) {
        IndicatorSystems.SystemTree tree = systems.tree(id);
        if (tree.areas().stream().noneMatch(a -> a.id() == areaId)) {
            throw new NotFoundException("indicator-area", areaId);
        }
        FormInput form = FormInput.of("area-" + areaId, params, messages).labels(SYSTEM_LABELS);
        AreaRequest r = form.valid(new AreaRequest(form.text("title"), form.integer("version")), validator);
        return FormAction.act(form, redirect, "/console/indicators/systems/" + id, () -> {
            systems.renameArea(areaId, r);
            return text("indicators.flash.area-saved");
        }, () -> systemPage(id, model, form));
    }

    /** Edits an indicator of a locality's copy: title, metric, rule, target, weight and scoring method. */
    @PostMapping("/console/indicators/systems/{id}/indicators/{indicatorId}")
    @Allowed.RuleOfLawOffice
    String editIndicator(@PathVariable long id, @PathVariable long indicatorId,
            @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        IndicatorSystems.SystemTree tree = systems.tree(id);
        if (tree.indicators().stream().noneMatch(i -> i.id() == indicatorId)) {
            throw new NotFoundException(Indicator.SUBJECT.name(), indicatorId);
        }
        FormInput form = FormInput.of("indicator-" + indicatorId, params, messages).labels(SYSTEM_LABELS);
        IndicatorRequest r = form.valid(new IndicatorRequest(form.text("title"), form.text("metricId"),
                form.text("ruleId"), form.choice("comparison", Comparison.class), decimal(form, "target", 10),
                decimal(form, "weight"), form.choice("scoring", ScoringFunction.class),
                decimal(form, "deductPerPoint"), form.integer("version")), validator);
        return FormAction.act(form, redirect, "/console/indicators/systems/" + id + "#indicator-" + indicatorId,
                () -> {
                    Indicator saved = systems.update(indicatorId, r);
                    return text("indicators.flash.indicator-saved", saved.code());
                }, () -> systemPage(id, model, form));
    }

    @PostMapping("/console/indicators/systems/{id}/copies")
    @Allowed.RuleOfLawOffice
    String copy(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = FormInput.of("copy", params, messages).labels(Map.of("code", "indicators.field.code",
                "name", "indicators.field.name", "year", "indicators.field.year"));
        CopyRequest r = form.valid(new CopyRequest(form.text("code"), form.text("name"), form.integer("year")),
                validator);
        return FormAction.act(form, redirect, () -> {
            IndicatorSystem s = systems.copy(id, r);
            return new FormAction.Done(text("indicators.flash.copied", s.name()),
                    "/console/indicators/systems/" + s.id());
        }, () -> systemsPage(model, form));
    }

    @GetMapping("/console/indicators/rounds")
    String rounds(Model model) {
        return roundsPage(model, FormInput.empty(messages).put("year", LocalDate.now(clock).getYear() - 1));
    }

    private String roundsPage(Model model, FormInput form) {
        List<AssessmentRound> list = rounds.visible();
        model.addAttribute("rounds", list);
        model.addAttribute("names", units.names(list.stream().map(AssessmentRound::unitId).toList()));
        model.addAttribute("systems", systems.all());
        Map<Long, String> systemNames = new LinkedHashMap<>();
        systems.all().forEach(s -> systemNames.put(s.id(), s.name()));
        model.addAttribute("systemNames", systemNames);
        form.addTo(model);
        return "indicators/rounds";
    }

    @PostMapping("/console/indicators/rounds")
    @Allowed.RuleOfLawOffice
    String open(@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        FormInput form = FormInput.of("open", params, messages).labels(Map.of("systemId", "indicators.field.system",
                "year", "indicators.field.year"));
        OpenRoundRequest r = form.valid(new OpenRoundRequest(form.id("systemId"), form.integer("year")), validator);
        return FormAction.act(form, redirect, () -> {
            AssessmentRound round = rounds.open(r);
            return new FormAction.Done(text("indicators.flash.opened", round.year()),
                    "/console/indicators/rounds/" + round.id());
        }, () -> roundsPage(model, form));
    }

    @GetMapping("/console/indicators/rounds/{id}")
    String round(@PathVariable long id, Model model) {
        RoundView view = rounds.view(id);
        model.addAttribute("view", view);
        FormInput.empty(messages).addTo(model);
        return "indicators/round";
    }

    @PostMapping("/console/indicators/rounds/{id}/freeze")
    @Allowed.RuleOfLawOffice
    String freeze(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = FormInput.of("freeze", params, messages);
        Integer version = form.integer("version");
        return FormAction.act(form, redirect, "/console/indicators/rounds/" + id, () -> {
            rounds.freeze(id, version);
            return text("indicators.flash.frozen");
        }, () -> {
            model.addAttribute("view", rounds.view(id));
            form.addTo(model);
            return "indicators/round";
        });
    }

    @GetMapping("/console/indicators/rounds/{id}/units/{unitId}")
    String roundUnit(@PathVariable long id, @PathVariable long unitId, Model model) {
        return unitPage(id, unitId, model, FormInput.empty(messages));
    }

    private String unitPage(long id, long unitId, Model model, FormInput form) {
        RoundView view = rounds.view(id);
        model.addAttribute("view", view);
        model.addAttribute("result", view.unit(unitId));
        model.addAttribute("own", Long.valueOf(unitId).equals(scope.homeUnitId()));
        model.addAttribute("assessor", Long.valueOf(view.round().unitId()).equals(scope.homeUnitId()));
        form.addTo(model);
        return "indicators/round-unit";
    }

    @PostMapping("/console/indicators/rounds/{id}/units/{unitId}/indicators/{indicatorId}/self")
    @Allowed.RuleOfLawOffice
    String self(@PathVariable long id, @PathVariable long unitId, @PathVariable long indicatorId,
            @RequestParam Map<String, String> params, @RequestParam(required = false) MultipartFile evidence,
            Model model, RedirectAttributes redirect) {
        FormInput form = FormInput.of("self-" + indicatorId, params, messages).labels(Map.of("score",
                "indicators.field.score", "note", "indicators.field.note"));
        SelfScoreRequest r = form.valid(new SelfScoreRequest(decimal(form, "score"), form.text("note")), validator);
        EvidenceFile file = evidence == null || evidence.isEmpty() ? null : evidence(evidence);
        return FormAction.act(form, redirect, "/console/indicators/rounds/" + id + "/units/" + unitId, () -> {
            rounds.selfAssess(id, unitId, indicatorId, r, file);
            return text("indicators.flash.self");
        }, () -> unitPage(id, unitId, model, form));
    }

    @PostMapping("/console/indicators/rounds/{id}/units/{unitId}/indicators/{indicatorId}/review")
    @Allowed.RuleOfLawOffice
    String review(@PathVariable long id, @PathVariable long unitId, @PathVariable long indicatorId,
            @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        FormInput form = FormInput.of("review-" + indicatorId, params, messages).labels(Map.of("score",
                "indicators.field.score", "note", "indicators.field.note"));
        ReviewScoreRequest r = form.valid(new ReviewScoreRequest(decimal(form, "score"), form.text("note")),
                validator);
        return FormAction.act(form, redirect, "/console/indicators/rounds/" + id + "/units/" + unitId, () -> {
            rounds.review(id, unitId, indicatorId, r);
            return text("indicators.flash.reviewed");
        }, () -> unitPage(id, unitId, model, form));
    }

    private static EvidenceFile evidence(MultipartFile f) {
        try {
            return new EvidenceFile(f.getInputStream(), f.getOriginalFilename(), f.getContentType());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private BigDecimal decimal(FormInput form, String field) {
        return decimal(form, field, 4);
    }

    /** A number of up to {@code digits} digits before the point and two after, as the columns keep it. */
    private BigDecimal decimal(FormInput form, String field, int digits) {
        String v = form.raw(field);
        if (v.isEmpty()) {
            return null;
        }
        if (!v.matches("\\d{1," + digits + "}(\\.\\d{1,2})?")) {
            form.field(field, text("problem.type-mismatch"));
            return null;
        }
        return new BigDecimal(v);
    }

    private long home() {
        Long h = scope.homeUnitId();
        if (h == null) {
            throw new NotFoundException("unit", "home");
        }
        return h;
    }

    private List<UnitOption> unitOptions() {
        List<Unit> visible = units.visible();
        int top = visible.stream().mapToInt(Unit::depth).min().orElse(0);
        return visible.stream().map(u -> new UnitOption(u.id(), "\u00a0\u00a0".repeat(Math.max(0, u.depth() - top))
                + u.name())).toList();
    }

    private List<Integer> years(int shown) {
        List<Integer> years = new ArrayList<>();
        int current = LocalDate.now(clock).getYear();
        for (int y = current; y > current - 10; y--) {
            years.add(y);
        }
        if (!years.contains(shown)) {
            years.add(shown);
        }
        return years;
    }

    private String module(String module) {
        return messages.getMessage("deadlines.module." + module, null, module, LocaleContextHolder.getLocale());
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
