package org.fazhi.normdocs.internal.web;

import org.fazhi.shared.web.Allowed;
import org.fazhi.shared.web.FormInput;
import org.fazhi.shared.excel.SpreadsheetDownload;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Map;
import org.fazhi.normdocs.DraftingPlans;
import org.fazhi.normdocs.DraftingPlans.PlanItemRequest;
import org.fazhi.normdocs.IssuingBodies;
import org.fazhi.normdocs.IssuingBody;
import org.fazhi.normdocs.NormativeDocument;
import org.fazhi.normdocs.PlanItem;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.NotFoundException;
import org.fazhi.shared.RefusedException;
import org.fazhi.units.DataScope;
import org.fazhi.units.Units;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 制定计划 (/console/normdocs/plans): the drafting plan of a year, each item with the documents that
 * carry it out; adding, changing and removing an item; starting a document from an item.
 */
@Controller
@RequestMapping("/console/normdocs/plans")
@Allowed.ProcedureReaders
class PlanPages {


    /** A plan item with its names and the documents carrying it out. */
    public record ItemRow(PlanItem item, String body, String draftingUnit, List<NormativeDocument> documents) {
    }

    private final DraftingPlans plans;
    private final IssuingBodies bodies;
    private final DataScope scope;
    private final Units units;
    private final DocumentViews views;
    private final Validator validator;
    private final MessageSource messages;

    PlanPages(DraftingPlans plans, IssuingBodies bodies, DataScope scope, Units units, DocumentViews views,
            Validator validator, MessageSource messages) {
        this.plans = plans;
        this.bodies = bodies;
        this.scope = scope;
        this.units = units;
        this.views = views;
        this.validator = validator;
        this.messages = messages;
    }

    @GetMapping
    String list(@RequestParam(required = false) Integer year, Model model) {
        return page(year(year), model, FormInput.empty(messages).put("year", year(year)));
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export(@RequestParam(required = false) Integer year) {
        int y = year(year);
        List<String> headers = views.labels(List.of("normdocs.plan.year", "normdocs.plan.quarter",
                "normdocs.plan.title", "normdocs.col.body", "normdocs.plan.drafting-unit", "normdocs.plan.basis",
                "normdocs.plan.documents"));
        List<List<?>> data = rows(y).stream().<List<?>>map(r -> java.util.Arrays.asList(r.item().year(),
                r.item().plannedQuarter(), r.item().title(), r.body(), r.draftingUnit(), r.item().basis(),
                String.join("；", r.documents().stream().map(NormativeDocument::title).toList()))).toList();
        return SpreadsheetDownload.of(views.text("normdocs.plans.file", String.valueOf(y)), views.text("normdocs.plans.title"),
                headers, data);
    }

    @PostMapping
    @Allowed.RuleOfLawOffice
    String add(@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        FormInput form = FormInput.of("plan", params, messages);
        PlanItemRequest r = request(form);
        if (form.ok()) {
            try {
                PlanItem item = plans.add(r);
                redirect.addFlashAttribute("flashSuccess", views.text("normdocs.flash.plan-saved", item.title()));
                return "redirect:/console/normdocs/plans?year=" + item.year();
            } catch (RefusedException | InvalidInputException e) {
                form.error(e);
            } catch (NotFoundException e) {
                form.field("draftingUnitId", views.text("normdocs.form.unit-outside"));
            }
        }
        Integer y = form.integer("year");
        return page(year(y), model, form);
    }

    @GetMapping("/{id}/edit")
    @Allowed.RuleOfLawOffice
    String edit(@PathVariable long id, Model model) {
        PlanItem item = plans.get(id);
        FormInput form = FormInput.empty(messages).put("year", item.year()).put("title", item.title())
                .put("issuingBodyId", item.issuingBodyId()).put("draftingUnitId", item.draftingUnitId())
                .put("plannedQuarter", item.plannedQuarter()).put("basis", item.basis()).put("unitId", item.unitId());
        return editForm(item, model, form);
    }

    @PostMapping("/{id}")
    @Allowed.RuleOfLawOffice
    String update(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        PlanItem item = plans.get(id);
        FormInput form = FormInput.of("plan", params, messages);
        PlanItemRequest r = request(form);
        if (form.ok()) {
            try {
                PlanItem saved = plans.update(id, r);
                redirect.addFlashAttribute("flashSuccess", views.text("normdocs.flash.plan-saved", saved.title()));
                return "redirect:/console/normdocs/plans?year=" + saved.year();
            } catch (RefusedException | InvalidInputException e) {
                form.error(e);
            } catch (NotFoundException e) {
                form.field("draftingUnitId", views.text("normdocs.form.unit-outside"));
            }
        }
        return editForm(item, model, form);
    }

    @PostMapping("/{id}/removal")
    @Allowed.RuleOfLawOffice
    String remove(@PathVariable long id, RedirectAttributes redirect) {
        PlanItem item = plans.get(id);
        try {
            plans.remove(id);
            redirect.addFlashAttribute("flashSuccess", views.text("normdocs.flash.plan-removed", item.title()));
        } catch (RefusedException e) {
            redirect.addFlashAttribute("flashError", views.text(e.messageKey(), e.args()));
        }
        return "redirect:/console/normdocs/plans?year=" + item.year();
    }

    private PlanItemRequest request(FormInput form) {
        return form.valid(new PlanItemRequest(form.id("unitId"), form.integer("year"), form.text("title"),
                form.id("issuingBodyId"), form.id("draftingUnitId"), form.integer("plannedQuarter"),
                form.text("basis")), validator);
    }

    private String page(int year, Model model, FormInput form) {
        model.addAttribute("year", year);
        model.addAttribute("rows", rows(year));
        List<Integer> years = new java.util.ArrayList<>(plans.years());
        for (int y = views.today().getYear() + 1; y >= views.today().getYear() - 2; y--) {
            if (!years.contains(y)) {
                years.add(y);
            }
        }
        years.sort(java.util.Comparator.reverseOrder());
        model.addAttribute("years", years);
        choices(model);
        form.addTo(model);
        return "normdocs/plans";
    }

    private String editForm(PlanItem item, Model model, FormInput form) {
        model.addAttribute("item", item);
        choices(model);
        form.addTo(model);
        return "normdocs/plan-form";
    }

    private void choices(Model model) {
        model.addAttribute("bodies", bodies.all().stream().filter(IssuingBody::active)
                .filter(b -> scope.canSee(b.unitId()) || scope.canSee(b.registeringUnitId())).toList());
        model.addAttribute("units", scope.visibleUnits());
    }

    private List<ItemRow> rows(int year) {
        List<PlanItem> items = plans.ofYear(year);
        Map<Long, List<NormativeDocument>> docs = plans.documents(items.stream().map(PlanItem::id).toList());
        Map<Long, String> bodyNames = views.bodyNames();
        Map<Long, String> unitNames = units.names(items.stream().map(PlanItem::draftingUnitId).distinct().toList());
        return items.stream().map(i -> new ItemRow(i, bodyNames.getOrDefault(i.issuingBodyId(), ""),
                unitNames.getOrDefault(i.draftingUnitId(), ""), docs.getOrDefault(i.id(), List.of()))).toList();
    }

    private int year(Integer year) {
        int now = views.today().getYear();
        return year == null || year < 2000 || year > 2100 ? now : year;
    }
}
