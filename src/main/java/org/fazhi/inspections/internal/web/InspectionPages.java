package org.fazhi.inspections.internal.web;

import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.fazhi.enforcement.Agencies;
import org.fazhi.inspections.InspectionPlan;
import org.fazhi.inspections.ItemRequest;
import org.fazhi.inspections.ObjectRequest;
import org.fazhi.inspections.PlanRequest;
import org.fazhi.inspections.PlanStatus;
import org.fazhi.inspections.RandomInspections;
import org.fazhi.inspections.ResultRequest;
import org.fazhi.inspections.TaskResult;
import org.fazhi.shared.procedure.Guide;
import org.fazhi.shared.procedure.StepCheck;
import org.fazhi.shared.web.Allowed;
import org.fazhi.shared.web.FormAction;
import org.fazhi.shared.web.FormInput;
import org.fazhi.units.Units;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Random inspections in the console: the items list, the roster of objects, the plans of the year, and
 * a plan's page with its draw (pools, digests, seed, algorithm), its tasks with their result forms, and
 * the publication of the results.
 */
@Controller
@RequestMapping("/console/inspections")
@Allowed.Staff
class InspectionPages {

    /** The label of each field of the inspection forms, as the pages show it (the error summary names them). */
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("address", "inspections.col.address"),
            Map.entry("agencyId", "inspections.col.agency"),
            Map.entry("basis", "inspections.col.basis"),
            Map.entry("code", "inspections.col.code"),
            Map.entry("creditCode", "inspections.col.credit-code"),
            Map.entry("endsOn", "inspections.col.ends"),
            Map.entry("finding", "inspections.col.finding"),
            Map.entry("frequency", "inspections.col.frequency"),
            Map.entry("inspectedOn", "inspections.col.inspected-on"),
            Map.entry("itemId", "inspections.col.item"),
            Map.entry("method", "inspections.col.method"),
            Map.entry("name", "inspections.col.name"),
            Map.entry("objectCount", "inspections.col.count"),
            Map.entry("objectType", "inspections.col.object-type"),
            Map.entry("ratioPercent", "inspections.col.ratio"),
            Map.entry("result", "inspections.col.result"),
            Map.entry("startsOn", "inspections.col.starts"),
            Map.entry("title", "inspections.col.title"),
            Map.entry("unitId", "inspections.col.unit"));

    private final RandomInspections inspections;
    private final Agencies agencies;
    private final Units units;
    private final Validator validator;
    private final MessageSource messages;
    private final Clock clock;

    InspectionPages(RandomInspections inspections, Agencies agencies, Units units, Validator validator,
            MessageSource messages, Clock clock) {
        this.inspections = inspections;
        this.agencies = agencies;
        this.units = units;
        this.validator = validator;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String list(@RequestParam(required = false) Integer year, Model model) {
        return listPage(year, model, FormInput.empty(messages));
    }

    private String listPage(Integer year, Model model, FormInput form) {
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        model.addAttribute("year", y);
        model.addAttribute("plans", inspections.plans(y));
        model.addAttribute("items", inspections.items());
        model.addAttribute("objects", inspections.objects());
        model.addAttribute("agencies", agencies.list());
        model.addAttribute("units", units.visibleTree());
        Map<Long, String> unitNames = new LinkedHashMap<>();
        units.visibleTree().forEach(u -> unitNames.put(u.id(), u.name()));
        model.addAttribute("unitNames", unitNames);
        LocalDate today = LocalDate.now(clock);
        for (String[] kv : new String[][] {{"startsOn", today.toString()}, {"endsOn", today.plusMonths(3).toString()},
            {"frequency", "1"}, {"ratioPercent", "5"}}) {
            if (form.raw(kv[0]).isEmpty()) {
                form.put(kv[0], kv[1]);
            }
        }
        form.addTo(model);
        return "inspections/plans";
    }

    @PostMapping("/items")
    @Allowed.Officers
    String addItem(@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        FormInput form = FormInput.of("item", params, messages).labels(LABELS);
        Integer frequency = form.integer("frequency");
        ItemRequest r = form.valid(new ItemRequest(form.id("unitId"), form.text("code"), form.text("name"),
                form.text("basis"), form.text("objectType"), decimal(form, "ratioPercent"),
                frequency == null ? 0 : frequency, form.text("method")), validator);
        return FormAction.act(form, redirect, "/console/inspections#items", () -> {
            inspections.addItem(r);
            return text("inspections.flash.saved");
        }, () -> listPage(null, model, form));
    }

    @PostMapping("/objects")
    @Allowed.Officers
    String addObject(@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        FormInput form = FormInput.of("object", params, messages).labels(LABELS);
        ObjectRequest r = form.valid(new ObjectRequest(form.id("unitId"), form.text("objectType"), form.text("name"),
                form.text("creditCode"), form.text("address")), validator);
        return FormAction.act(form, redirect, "/console/inspections#objects", () -> {
            inspections.addObject(r);
            return text("inspections.flash.saved");
        }, () -> listPage(null, model, form));
    }

    @PostMapping("/plans")
    @Allowed.EnforcementOfficers
    String plan(@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        FormInput form = FormInput.of("plan", params, messages).labels(LABELS);
        PlanRequest r = form.valid(new PlanRequest(form.id("agencyId"), form.id("itemId"), form.text("title"),
                form.date("startsOn"), form.date("endsOn"), form.integer("objectCount")), validator);
        return FormAction.act(form, redirect, () -> {
            InspectionPlan p = inspections.plan(r);
            return new FormAction.Done(text("inspections.flash.planned"), "/console/inspections/plans/" + p.id());
        }, () -> listPage(null, model, form));
    }

    @GetMapping("/plans/{id}")
    String detail(@PathVariable long id, Model model) {
        return detailPage(id, model, FormInput.empty(messages));
    }

    private String detailPage(long id, Model model, FormInput form) {
        InspectionPlan p = inspections.plan(id);
        model.addAttribute("p", p);
        model.addAttribute("agency", agencies.find(p.agencyId()).map(a -> a.name()).orElse(""));
        model.addAttribute("guide", guide(inspections.guide(id)));
        model.addAttribute("tasks", inspections.tasks(id));
        model.addAttribute("draw", p.status() == PlanStatus.PLANNED ? null : inspections.publishedDraw(id));
        model.addAttribute("results", TaskResult.values());
        model.addAttribute("today", LocalDate.now(clock));
        form.addTo(model);
        return "inspections/plan";
    }

    /** The guide in words: each step allowed, or why not. */
    Map<String, String> guide(Guide<PlanStatus> g) {
        Map<String, String> steps = new LinkedHashMap<>();
        for (StepCheck s : g.steps()) {
            steps.put(s.step(), s.allowed() ? "" : text(s.messageKey(), s.args().toArray()));
        }
        steps.put("_next", text(g.nextKey()));
        return steps;
    }

    @PostMapping("/plans/{id}/draw")
    @Allowed.EnforcementOfficers
    String draw(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = FormInput.of("draw", params, messages).labels(LABELS);
        Integer version = form.integer("version");
        return FormAction.act(form, redirect, "/console/inspections/plans/" + id, () -> {
            InspectionPlan p = inspections.draw(id, version);
            return text("inspections.flash.drawn", p.seed());
        }, () -> detailPage(id, model, form));
    }

    @PostMapping("/plans/{id}/tasks/{taskId}")
    @Allowed.EnforcementOfficers
    String result(@PathVariable long id, @PathVariable long taskId, @RequestParam Map<String, String> params,
            Model model, RedirectAttributes redirect) {
        FormInput form = FormInput.of("task-" + taskId, params, messages).labels(LABELS);
        ResultRequest r = form.valid(new ResultRequest(form.choice("result", TaskResult.class), form.text("finding"),
                form.date("inspectedOn"), form.integer("version")), validator);
        return FormAction.act(form, redirect, "/console/inspections/plans/" + id + "#tasks", () -> {
            inspections.recordResult(id, taskId, r);
            return text("inspections.flash.result");
        }, () -> detailPage(id, model, form));
    }

    @PostMapping("/plans/{id}/publication")
    @Allowed.EnforcementOfficers
    String publish(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = FormInput.of("publish", params, messages).labels(LABELS);
        Integer version = form.integer("version");
        return FormAction.act(form, redirect, "/console/inspections/plans/" + id, () -> {
            inspections.publishResults(id, version);
            return text("inspections.flash.published");
        }, () -> detailPage(id, model, form));
    }

    private BigDecimal decimal(FormInput form, String field) {
        String v = form.raw(field);
        if (v.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(v);
        } catch (NumberFormatException e) {
            form.field(field, text("problem.type-mismatch"));
            return null;
        }
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
