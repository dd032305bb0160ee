package org.fazhi.enforcement.internal.web;

import jakarta.validation.Validator;
import java.util.Map;
import org.fazhi.enforcement.ActionKind;
import org.fazhi.enforcement.Agencies;
import org.fazhi.enforcement.Agency;
import org.fazhi.enforcement.AgencyRequest;
import org.fazhi.enforcement.CatalogItemRequest;
import org.fazhi.enforcement.LegalStanding;
import org.fazhi.enforcement.Officers;
import org.fazhi.enforcement.PenaltyType;
import org.fazhi.enforcement.ReviewerRequest;
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
 * The register of agencies: the list with each agency's reviewer ratio against TS-03; an agency's page
 * with its standing, power items, roster, legal reviewers and catalog of major decisions, and the
 * forms that keep them.
 */
@Controller
@RequestMapping("/console/enforcement/agencies")
@Allowed.Staff
class AgencyPages {

    private final Agencies agencies;
    private final Officers officers;
    private final Units units;
    private final CaseViews views;
    private final CasePages pages;
    private final Validator validator;
    private final MessageSource messages;

    AgencyPages(Agencies agencies, Officers officers, Units units, CaseViews views, CasePages pages,
            Validator validator, MessageSource messages) {
        this.agencies = agencies;
        this.officers = officers;
        this.units = units;
        this.views = views;
        this.pages = pages;
        this.validator = validator;
        this.messages = messages;
    }

    @GetMapping
    String list(Model model) {
        return listPage(model, FormInput.empty(messages));
    }

    private String listPage(Model model, FormInput form) {
        model.addAttribute("agencies", agencies.list());
        Map<Long, org.fazhi.enforcement.ReviewerRatio> ratios = new java.util.HashMap<>();
        agencies.ratios().forEach(r -> ratios.put(r.agencyId(), r));
        model.addAttribute("ratios", ratios);
        model.addAttribute("units", units.visibleTree());
        model.addAttribute("enums", Enums.INSTANCE);
        form.addTo(model);
        return "enforcement/agencies";
    }

    @PostMapping
    @Allowed.RuleOfLawOffice
    String register(@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        FormInput form = EnforcementForms.LABELS.form("agency", params, messages);
        AgencyRequest r = form.valid(request(form), validator);
        return FormAction.act(form, redirect, () -> {
            Agency a = agencies.register(r);
            return new FormAction.Done(views.text("enforcement.flash.agency", a.name()),
                    "/console/enforcement/agencies/" + a.id());
        }, () -> listPage(model, form));
    }

    private AgencyRequest request(FormInput form) {
        return new AgencyRequest(form.id("unitId"), form.text("name"), form.choice("standing", LegalStanding.class),
                form.text("entrustedBy"), form.text("legalBasis"), form.text("establishment"),
                form.text("procedureText"), form.text("remedies"), form.text("casePrefix"),
                form.raw("active").isEmpty() ? null : Boolean.valueOf("true".equals(form.raw("active"))),
                form.integer("version"));
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        return detailPage(id, model, FormInput.empty(messages));
    }

    private String detailPage(long id, Model model, FormInput form) {
        Agency a = agencies.get(id);
        model.addAttribute("a", a);
        model.addAttribute("unitName", units.name(a.unitId()));
        model.addAttribute("powerItems", agencies.powerItems(id));
        model.addAttribute("roster", officers.ofAgency(id));
        model.addAttribute("reviewers", agencies.reviewers(id));
        model.addAttribute("ratio", agencies.ratio(id));
        model.addAttribute("catalog", agencies.catalog(id));
        model.addAttribute("today", views.today());
        model.addAttribute("enums", Enums.INSTANCE);
        if (form.raw("name").isEmpty() && !"edit".equals(form.raw("_form"))) {
            form.put("name", a.name()).put("standing", a.standing().name()).put("entrustedBy", a.entrustedBy())
                    .put("legalBasis", a.legalBasis()).put("establishment", a.establishment())
                    .put("procedureText", a.procedureText()).put("remedies", a.remedies());
        }
        form.addTo(model);
        return "enforcement/agency";
    }

    @PostMapping("/{id}")
    @Allowed.RuleOfLawOffice
    String update(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = EnforcementForms.LABELS.form("edit", params, messages);
        form.put("_form", "edit");
        Agency current = agencies.get(id);
        form.put("casePrefix", current.casePrefix());
        AgencyRequest r = form.valid(request(form), validator);
        return FormAction.act(form, redirect, "/console/enforcement/agencies/" + id, () -> {
            agencies.update(id, r);
            return views.text("enforcement.flash.saved");
        }, () -> detailPage(id, model, form));
    }

    @PostMapping("/{id}/reviewers")
    @Allowed.Officers
    String designate(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = EnforcementForms.LABELS.form("reviewer", params, messages);
        ReviewerRequest r = form.valid(new ReviewerRequest(form.text("reviewerName"), null,
                "on".equals(form.raw("qualified")), form.date("designatedOn")), validator);
        return FormAction.act(form, redirect, "/console/enforcement/agencies/" + id + "#reviewers", () -> {
            agencies.designateReviewer(id, r);
            return views.text("enforcement.flash.saved");
        }, () -> detailPage(id, model, form));
    }

    @PostMapping("/{id}/reviewers/{reviewerId}/end")
    @Allowed.Officers
    String endReviewer(@PathVariable long id, @PathVariable long reviewerId, @RequestParam Map<String, String> params,
            Model model, RedirectAttributes redirect) {
        FormInput form = EnforcementForms.LABELS.form("reviewer-end", params, messages);
        var on = form.date("endedOn");
        return FormAction.act(form, redirect, "/console/enforcement/agencies/" + id + "#reviewers", () -> {
            agencies.endReviewer(id, reviewerId, on);
            return views.text("enforcement.flash.saved");
        }, () -> detailPage(id, model, form));
    }

    @PostMapping("/{id}/catalog")
    @Allowed.Officers
    String addCatalogItem(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = EnforcementForms.LABELS.form("catalog", params, messages);
        CatalogItemRequest r = form.valid(new CatalogItemRequest(form.text("title"), form.choice("kind",
                ActionKind.class), form.choice("penaltyType", PenaltyType.class), pages.amount(form, "minAmount"),
                form.text("description"), form.date("listedOn")), validator);
        return FormAction.act(form, redirect, "/console/enforcement/agencies/" + id + "#catalog", () -> {
            agencies.addCatalogItem(id, r);
            return views.text("enforcement.flash.saved");
        }, () -> detailPage(id, model, form));
    }

    @PostMapping("/{id}/catalog/{itemId}/end")
    @Allowed.Officers
    String endCatalogItem(@PathVariable long id, @PathVariable long itemId, @RequestParam Map<String, String> params,
            Model model, RedirectAttributes redirect) {
        FormInput form = EnforcementForms.LABELS.form("catalog-end", params, messages);
        var on = form.date("endedOn");
        return FormAction.act(form, redirect, "/console/enforcement/agencies/" + id + "#catalog", () -> {
            agencies.endCatalogItem(id, itemId, on);
            return views.text("enforcement.flash.saved");
        }, () -> detailPage(id, model, form));
    }
}
