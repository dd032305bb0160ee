package org.fazhi.decisions.internal.web;

import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.fazhi.decisions.AmendmentRequest;
import org.fazhi.decisions.ApprovalRequest;
import org.fazhi.decisions.CatalogAmendment;
import org.fazhi.decisions.CatalogItemRequest;
import org.fazhi.decisions.CatalogOverview;
import org.fazhi.decisions.CatalogRequest;
import org.fazhi.decisions.DecisionCatalog;
import org.fazhi.decisions.DecisionCatalogs;
import org.fazhi.decisions.DecisionCriterion;
import org.fazhi.shared.web.Allowed;
import org.fazhi.shared.web.FormAction;
import org.fazhi.shared.web.FormInput;
import org.fazhi.units.DataScope;
import org.fazhi.units.Unit;
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
 * 决策事项目录 (/console/decisions/catalogs): the catalogs of the user's units, starting one, and each
 * catalog's page — items while compiled, the party committee's approval, publication, and amendments
 * once published (each a version).
 */
@Controller
@RequestMapping("/console/decisions/catalogs")
@Allowed.ProcedureReaders
class DecisionCatalogPages {

    private final DecisionCatalogs catalogs;
    private final DecisionViews views;
    private final DataScope scope;
    private final Validator validator;
    private final MessageSource messages;

    DecisionCatalogPages(DecisionCatalogs catalogs, DecisionViews views, DataScope scope, Validator validator,
            MessageSource messages) {
        this.catalogs = catalogs;
        this.views = views;
        this.scope = scope;
        this.validator = validator;
        this.messages = messages;
    }

    @GetMapping
    String list(Model model) {
        return list(model, FormInput.empty(messages));
    }

    private String list(Model model, FormInput form) {
        List<DecisionCatalog> rows = catalogs.list();
        model.addAttribute("rows", rows);
        model.addAttribute("unitChoices", units());
        if (form.raw("year").isEmpty()) {
            form.put("year", views.today().getYear());
        }
        form.addTo(model);
        return "decisions/catalogs";
    }

    @PostMapping
    @Allowed.Drafters
    String create(@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        FormInput form = DecisionForms.LABELS.form("create", params, messages);
        CatalogRequest r = form.valid(new CatalogRequest(form.id("unitId"), form.integer("year"), form.text("title")),
                validator);
        return FormAction.act(form, redirect, () -> {
            DecisionCatalog c = catalogs.create(r);
            return new FormAction.Done(views.text("decisionsweb.flash.catalog-created"),
                    "/console/decisions/catalogs/" + c.id());
        }, () -> list(model, form));
    }

    @GetMapping("/{id}")
    String page(@PathVariable long id, Model model) {
        return page(id, model, FormInput.empty(messages));
    }

    @PostMapping("/{id}/items")
    @Allowed.Drafters
    String addItem(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = DecisionForms.LABELS.form("item", params, messages);
        CatalogItemRequest r = form.valid(item(form, params), validator);
        return act(id, form, model, redirect, () -> {
            catalogs.addItem(id, r);
            return views.text("decisionsweb.flash.item-added");
        });
    }

    @PostMapping("/{id}/items/{itemId}/removal")
    @Allowed.Drafters
    String removeItem(@PathVariable long id, @PathVariable long itemId, Model model, RedirectAttributes redirect) {
        FormInput form = DecisionForms.LABELS.form("item-" + itemId, Map.of(), messages);
        return act(id, form, model, redirect, () -> {
            catalogs.removeItem(id, itemId);
            return views.text("decisionsweb.flash.item-removed");
        });
    }

    @PostMapping("/{id}/approval")
    @Allowed.Drafters
    String approve(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = DecisionForms.LABELS.form("approval", params, messages);
        ApprovalRequest r = form.valid(new ApprovalRequest(form.text("approvedBy"), form.text("approvalRef"),
                form.date("approvedOn")), validator);
        return act(id, form, model, redirect, () -> {
            catalogs.recordApproval(id, r);
            return views.text("decisionsweb.flash.approved");
        });
    }

    @PostMapping("/{id}/publication")
    @Allowed.Drafters
    String publish(@PathVariable long id, Model model, RedirectAttributes redirect) {
        FormInput form = DecisionForms.LABELS.form("publication", Map.of(), messages);
        return act(id, form, model, redirect, () -> {
            catalogs.publish(id);
            return views.text("decisionsweb.flash.catalog-published");
        });
    }

    @PostMapping("/{id}/amendments")
    @Allowed.Drafters
    String amend(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = DecisionForms.LABELS.form("amendment", params, messages);
        CatalogAmendment.AmendmentKind kind = form.choice("kind", CatalogAmendment.AmendmentKind.class);
        CatalogItemRequest item = kind == CatalogAmendment.AmendmentKind.REMOVE ? null : item(form, params);
        AmendmentRequest r = form.valid(new AmendmentRequest(kind, form.id("itemId"), item, form.text("reason"),
                new ApprovalRequest(form.text("approvedBy"), form.text("approvalRef"), form.date("approvedOn"))),
                validator);
        return act(id, form, model, redirect, () -> {
            CatalogAmendment a = catalogs.amend(id, r);
            return views.text("decisionsweb.flash.amended", a.versionNo());
        });
    }

    private static CatalogItemRequest item(FormInput form, Map<String, String> params) {
        List<DecisionCriterion> criteria = new ArrayList<>();
        for (DecisionCriterion c : DecisionCriterion.values()) {
            if (params.containsKey("criterion-" + c.name())) {
                criteria.add(c);
            }
        }
        return new CatalogItemRequest(form.text("title"), form.id("sponsorUnitId"), form.integer("plannedQuarter"),
                criteria, form.text("criteriaNote"));
    }

    private String act(long id, FormInput form, Model model, RedirectAttributes redirect, Supplier<String> step) {
        return FormAction.act(form, redirect, "/console/decisions/catalogs/" + id, step, () -> page(id, model, form));
    }

    private String page(long id, Model model, FormInput form) {
        CatalogOverview o = catalogs.overview(id);
        model.addAttribute("o", o);
        model.addAttribute("c", o.catalog());
        model.addAttribute("guide", views.guide(o.guide()));
        model.addAttribute("criteria", DecisionCriterion.values());
        model.addAttribute("quarters", List.of(1, 2, 3, 4));
        model.addAttribute("kinds", CatalogAmendment.AmendmentKind.values());
        model.addAttribute("unitChoices", units());
        if (form.raw("approvedOn").isEmpty()) {
            form.put("approvedOn", views.today());
        }
        form.addTo(model);
        return "decisions/catalog";
    }

    private List<Unit> units() {
        List<Unit> out = new ArrayList<>(scope.visibleUnits());
        out.sort(java.util.Comparator.comparing(Unit::path));
        return out;
    }
}
