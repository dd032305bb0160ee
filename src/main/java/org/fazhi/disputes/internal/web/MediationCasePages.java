package org.fazhi.disputes.internal.web;

import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.fazhi.disputes.MediationAcceptanceRequest;
import org.fazhi.disputes.AgreementRequest;
import org.fazhi.disputes.CaseIntakeRequest;
import org.fazhi.disputes.MediationCaseOverview;
import org.fazhi.disputes.CaseSource;
import org.fazhi.disputes.ConfirmationOutcome;
import org.fazhi.disputes.ConfirmationRequest;
import org.fazhi.disputes.DeclineRequest;
import org.fazhi.disputes.DisputeCategory;
import org.fazhi.disputes.FailureRequest;
import org.fazhi.disputes.AgreementFulfilmentRequest;
import org.fazhi.disputes.MediationCase;
import org.fazhi.disputes.MediationCases;
import org.fazhi.disputes.MediationOrg;
import org.fazhi.disputes.MediationOrgs;
import org.fazhi.disputes.MediationStatus;
import org.fazhi.disputes.Party;
import org.fazhi.disputes.PartyRequest;
import org.fazhi.disputes.PartySide;
import org.fazhi.disputes.PartyRefusalRequest;
import org.fazhi.disputes.PersonRevealRequest;
import org.fazhi.shared.RefusedException;
import org.fazhi.shared.web.Allowed;
import org.fazhi.shared.web.FormAction;
import org.fazhi.shared.web.FormInput;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 调解案件 (/console/disputes/cases): the cases of the user's units with the intake form, and a case's page
 * — the guide, the parties (masked, with an audited reveal), the judicial-confirmation window with its
 * deadline on the 督办台, each step the guide allows as a form — and the agreement as handed to the parties.
 */
@Controller
@RequestMapping("/console/disputes/cases")
@Allowed.Staff
class MediationCasePages {

    private final MediationCases cases;
    private final MediationOrgs orgs;
    private final DisputesViews views;
    private final Validator validator;

    MediationCasePages(MediationCases cases, MediationOrgs orgs, DisputesViews views, Validator validator) {
        this.cases = cases;
        this.orgs = orgs;
        this.views = views;
        this.validator = validator;
    }

    @GetMapping
    String list(@RequestParam(required = false) Integer year, @RequestParam(required = false) MediationStatus status,
            Model model) {
        return listPage(views.year(year), status, model, views.empty("receivedOn", views.today().toString()));
    }

    @PostMapping
    @Allowed.Drafters
    String intake(@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        FormInput form = views.form("intake", params);
        List<PartyRequest> parties = new ArrayList<>();
        parties.add(new PartyRequest(PartySide.APPLICANT, form.text("applicantName"), form.text("applicantIdNumber"),
                form.text("applicantPhone"), null));
        if (form.text("respondentName") != null) {
            parties.add(new PartyRequest(PartySide.RESPONDENT, form.text("respondentName"),
                    form.text("respondentIdNumber"), form.text("respondentPhone"), null));
        }
        CaseIntakeRequest r = new CaseIntakeRequest(form.id("orgId"), form.date("receivedOn"),
                form.choice("source", CaseSource.class), form.choice("category", DisputeCategory.class),
                form.text("summary"), parties);
        form.valid(r, validator);
        if (form.text("applicantName") == null) {
            form.field("applicantName", views.text("disputes.party.name-required"));
        }
        return FormAction.act(form, redirect, () -> {
            MediationCase c = cases.intake(r);
            return new FormAction.Done(views.text("disputes.flash.intake", c.caseNo()), "/console/disputes/cases/" + c.id());
        }, () -> listPage(views.year(null), null, model, form));
    }

    private String listPage(int year, MediationStatus status, Model model, FormInput form) {
        List<MediationCase> list = cases.list(null, year, status);
        List<MediationOrg> myOrgs = orgs.list(null);
        Map<Long, String> orgNames = new java.util.HashMap<>();
        myOrgs.forEach(o -> orgNames.put(o.id(), o.name()));
        Map<String, String> orgChoices = new java.util.LinkedHashMap<>();
        myOrgs.stream().filter(o -> o.dissolvedOn() == null).forEach(o -> orgChoices.put(String.valueOf(o.id()), o.name()));
        model.addAttribute("cases", list);
        model.addAttribute("orgNames", orgNames);
        model.addAttribute("orgChoices", orgChoices);
        model.addAttribute("year", year);
        model.addAttribute("years", views.years());
        model.addAttribute("status", status == null ? "" : status.name());
        model.addAttribute("statuses", views.choices(MediationStatus.class, "disputes.case-status."));
        model.addAttribute("sources", views.choices(CaseSource.class, "disputes.source."));
        model.addAttribute("categories", views.choices(DisputeCategory.class, "disputes.category."));
        model.addAttribute("today", views.today());
        form.addTo(model);
        return "disputes/cases";
    }

    @GetMapping("/{id}")
    String mediationCase(@PathVariable long id, Model model) {
        String today = views.today().toString();
        return page(id, model, views.empty("acceptedOn", today, "declinedOn", today, "refusedOn", today, "signedOn",
                today, "effectiveOn", today, "failedOn", today, "on", today, "fulfilledOn", today), null);
    }

    @GetMapping("/{id}/agreement")
    String agreement(@PathVariable long id, Model model) {
        MediationCaseOverview o = cases.overview(id);
        if (o.window() == null) {
            throw new RefusedException("no-agreement", "disputes.refused.no-agreement");
        }
        model.addAttribute("o", o);
        model.addAttribute("c", o.mediationCase());
        model.addAttribute("w", o.window());
        return "disputes/agreement";
    }

    @PostMapping("/{id}/parties")
    @Allowed.Drafters
    String addParty(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = views.form("party", params);
        PartyRequest r = form.valid(new PartyRequest(form.choice("side", PartySide.class), form.text("personName"),
                form.text("idNumber"), form.text("phone"), form.text("address")), validator);
        return step(id, form, redirect, model, () -> cases.addParty(id, r), "disputes.flash.party");
    }

    @PostMapping("/{id}/parties/{partyId}/reveal")
    @Allowed.Drafters
    String reveal(@PathVariable long id, @PathVariable long partyId, @RequestParam Map<String, String> params,
            Model model) {
        FormInput form = views.form("reveal", params);
        PersonRevealRequest r = form.valid(new PersonRevealRequest(form.text("reason")), validator);
        Party revealed = null;
        if (form.ok()) {
            revealed = cases.revealParty(id, partyId, r);
        }
        return page(id, model, form, revealed);
    }

    @PostMapping("/{id}/refusal")
    @Allowed.Drafters
    String refusal(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = views.form("refusal", params);
        PartyRefusalRequest r = form.valid(new PartyRefusalRequest(form.id("partyId"), form.date("refusedOn"), form.text("note"),
                form.integer("version")), validator);
        return step(id, form, redirect, model, () -> cases.recordRefusal(id, r), "disputes.flash.refusal");
    }

    @PostMapping("/{id}/acceptance")
    @Allowed.Drafters
    String accept(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = views.form("acceptance", params);
        MediationAcceptanceRequest r = form.valid(new MediationAcceptanceRequest(form.id("mediatorId"), form.date("acceptedOn"),
                form.integer("version")), validator);
        return step(id, form, redirect, model, () -> cases.accept(id, r), "disputes.flash.accepted");
    }

    @PostMapping("/{id}/declining")
    @Allowed.Drafters
    String decline(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = views.form("declining", params);
        DeclineRequest r = form.valid(new DeclineRequest(form.date("declinedOn"), form.text("reason"),
                form.integer("version")), validator);
        return step(id, form, redirect, model, () -> cases.decline(id, r), "disputes.flash.declined");
    }

    @PostMapping("/{id}/agreement")
    @Allowed.Drafters
    String agree(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = views.form("agreement", params);
        AgreementRequest r = form.valid(new AgreementRequest(form.text("text"), "true".equals(form.raw("oral")),
                form.date("signedOn"), form.date("effectiveOn"), form.integer("version")), validator);
        return step(id, form, redirect, model, () -> cases.agree(id, r), "disputes.flash.agreed");
    }

    @PostMapping("/{id}/failure")
    @Allowed.Drafters
    String fail(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = views.form("failure", params);
        FailureRequest r = form.valid(new FailureRequest(form.date("failedOn"), form.text("reason"),
                form.integer("version")), validator);
        return step(id, form, redirect, model, () -> cases.fail(id, r), "disputes.flash.failed");
    }

    @PostMapping("/{id}/confirmation")
    @Allowed.Drafters
    String confirmation(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = views.form("confirmation", params);
        ConfirmationRequest r = form.valid(new ConfirmationRequest(form.choice("outcome", ConfirmationOutcome.class),
                form.date("on"), form.text("court"), form.text("note"), form.integer("version")), validator);
        return step(id, form, redirect, model, () -> cases.recordConfirmation(id, r), "disputes.flash.confirmation");
    }

    @PostMapping("/{id}/fulfilment")
    @Allowed.Drafters
    String fulfilment(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = views.form("fulfilment", params);
        AgreementFulfilmentRequest r = form.valid(new AgreementFulfilmentRequest(form.date("fulfilledOn"), form.text("fulfilmentNote"),
                form.integer("version")), validator);
        return step(id, form, redirect, model, () -> cases.recordFulfilment(id, r), "disputes.flash.fulfilment");
    }

    private String step(long id, FormInput form, RedirectAttributes redirect, Model model,
            Supplier<MediationCase> step, String flash) {
        return FormAction.act(form, redirect, "/console/disputes/cases/" + id, () -> {
            step.get();
            return views.text(flash);
        }, () -> page(id, model, form, null));
    }

    private String page(long id, Model model, FormInput form, Party revealed) {
        MediationCaseOverview o = cases.overview(id);
        MediationCase c = o.mediationCase();
        model.addAttribute("o", o);
        model.addAttribute("c", c);
        model.addAttribute("guide", views.guide(o.guide()));
        model.addAttribute("revealed", revealed);
        model.addAttribute("sides", views.choices(PartySide.class, "disputes.side."));
        model.addAttribute("outcomes", views.choices(ConfirmationOutcome.class, "disputes.confirmation-outcome."));
        Map<String, String> mediators = new java.util.LinkedHashMap<>();
        o.mediators().forEach(m -> mediators.put(String.valueOf(m.id()), m.personName()));
        model.addAttribute("mediators", mediators);
        Map<String, String> parties = new java.util.LinkedHashMap<>();
        o.parties().stream().filter(p -> !p.refused())
                .forEach(p -> parties.put(String.valueOf(p.id()), views.text("disputes.side." + p.side().name())
                        + " · " + p.personName()));
        model.addAttribute("partyChoices", parties);
        form.addTo(model);
        return "disputes/case";
    }
}
