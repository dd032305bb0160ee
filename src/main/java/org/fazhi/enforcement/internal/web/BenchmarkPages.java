package org.fazhi.enforcement.internal.web;

import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fazhi.enforcement.BenchmarkRequest;
import org.fazhi.enforcement.Circumstance;
import org.fazhi.enforcement.DiscretionBenchmarks;
import org.fazhi.enforcement.ExemptionList;
import org.fazhi.enforcement.ExemptionRequest;
import org.fazhi.enforcement.PenaltyType;
import org.fazhi.shared.web.Allowed;
import org.fazhi.shared.web.FormAction;
import org.fazhi.shared.web.FormInput;
import org.fazhi.units.Units;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Discretion benchmarks (every version, in force or not) and the first-offence and minor-offence lists
 * the user's units work under; a new version of a benchmark and a new list item from their forms.
 */
@Controller
@RequestMapping("/console/enforcement/benchmarks")
@Allowed.Staff
class BenchmarkPages {

    static final int LEVELS = 4;

    private final DiscretionBenchmarks benchmarks;
    private final Units units;
    private final CaseViews views;
    private final CasePages pages;
    private final Validator validator;
    private final MessageSource messages;

    BenchmarkPages(DiscretionBenchmarks benchmarks, Units units, CaseViews views, CasePages pages, Validator validator,
            MessageSource messages) {
        this.benchmarks = benchmarks;
        this.units = units;
        this.views = views;
        this.pages = pages;
        this.validator = validator;
        this.messages = messages;
    }

    @GetMapping
    String list(Model model) {
        return page(model, FormInput.empty(messages));
    }

    private String page(Model model, FormInput form) {
        var list = benchmarks.list();
        var exemptions = benchmarks.exemptions();
        Map<Long, String> unitNames = units.names(java.util.stream.Stream.concat(
                list.stream().map(b -> b.unitId()), exemptions.stream().map(e -> e.unitId())).distinct().toList());
        model.addAttribute("benchmarks", list);
        model.addAttribute("exemptions", exemptions);
        model.addAttribute("unitNames", unitNames);
        model.addAttribute("units", units.visibleTree());
        model.addAttribute("levels", java.util.stream.IntStream.rangeClosed(1, LEVELS).boxed().toList());
        model.addAttribute("today", views.today());
        model.addAttribute("enums", Enums.INSTANCE);
        form.addTo(model);
        return "enforcement/benchmarks";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        var b = benchmarks.get(id);
        model.addAttribute("b", b);
        model.addAttribute("unitName", units.name(b.unitId()));
        return "enforcement/benchmark";
    }

    @PostMapping
    @Allowed.Officers
    String publish(@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        FormInput form = EnforcementForms.LABELS.form("benchmark", params, messages);
        List<BenchmarkRequest.Level> levels = new ArrayList<>();
        for (int i = 1; i <= LEVELS; i++) {
            Circumstance c = form.choice("circumstance" + i, Circumstance.class);
            if (c == null) {
                continue;
            }
            levels.add(new BenchmarkRequest.Level(c, form.text("description" + i),
                    form.choice("penaltyType" + i, PenaltyType.class), pages.amount(form, "min" + i),
                    pages.amount(form, "max" + i)));
        }
        BenchmarkRequest r = form.valid(new BenchmarkRequest(form.id("unitId"), form.text("violationCode"),
                form.text("violationName"), form.text("legalReference"), form.date("effectiveFrom"), levels),
                validator);
        return FormAction.act(form, redirect, () -> {
            var b = benchmarks.publish(r);
            return new FormAction.Done(views.text("enforcement.flash.benchmark", b.violationName(), b.versionNo()),
                    "/console/enforcement/benchmarks/" + b.id());
        }, () -> page(model, form));
    }

    @PostMapping("/exemptions")
    @Allowed.Officers
    String addExemption(@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        FormInput form = EnforcementForms.LABELS.form("exemption", params, messages);
        ExemptionRequest r = form.valid(new ExemptionRequest(form.id("unitId"), form.choice("list", ExemptionList.class),
                form.text("violationCode"), form.text("description"), form.text("conditions"),
                form.text("legalReference"), form.date("effectiveFrom")), validator);
        return FormAction.act(form, redirect, "/console/enforcement/benchmarks#exemptions", () -> {
            benchmarks.addExemption(r);
            return views.text("enforcement.flash.saved");
        }, () -> page(model, form));
    }

    @PostMapping("/exemptions/{id}/end")
    @Allowed.Officers
    String endExemption(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = EnforcementForms.LABELS.form("exemption-end", params, messages);
        var last = form.date("lastDay");
        return FormAction.act(form, redirect, "/console/enforcement/benchmarks#exemptions", () -> {
            benchmarks.endExemption(id, last);
            return views.text("enforcement.flash.saved");
        }, () -> page(model, form));
    }
}
