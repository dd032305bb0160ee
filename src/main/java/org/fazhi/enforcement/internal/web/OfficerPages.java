package org.fazhi.enforcement.internal.web;

import jakarta.validation.Validator;
import java.util.Map;
import org.fazhi.enforcement.Agencies;
import org.fazhi.enforcement.Agency;
import org.fazhi.enforcement.CertificateRequest;
import org.fazhi.enforcement.ExamRequest;
import org.fazhi.enforcement.Officer;
import org.fazhi.enforcement.OfficerKind;
import org.fazhi.enforcement.OfficerRequest;
import org.fazhi.enforcement.OfficerStatus;
import org.fazhi.enforcement.Officers;
import org.fazhi.enforcement.StatusRequest;
import org.fazhi.shared.PageQuery;
import org.fazhi.shared.web.Allowed;
import org.fazhi.shared.web.FormAction;
import org.fazhi.shared.web.FormInput;
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
 * The enforcement roster: officers, supervisors and auxiliary staff of the agencies in scope, each
 * person's page with exams, certificate and status, and the forms of the agency (roster, exams) and of
 * the 法治办 (certificates, suspension and revocation).
 */
@Controller
@RequestMapping("/console/enforcement/officers")
@Allowed.Staff
class OfficerPages {

    private final Officers officers;
    private final Agencies agencies;
    private final CaseViews views;
    private final CasePages pages;
    private final Validator validator;
    private final MessageSource messages;

    OfficerPages(Officers officers, Agencies agencies, CaseViews views, CasePages pages, Validator validator,
            MessageSource messages) {
        this.officers = officers;
        this.agencies = agencies;
        this.views = views;
        this.pages = pages;
        this.validator = validator;
        this.messages = messages;
    }

    @GetMapping
    String list(@RequestParam(required = false) Long agencyId, @RequestParam(required = false) OfficerKind kind,
            @RequestParam(required = false) String q, @RequestParam(required = false) Integer page, Model model) {
        return listPage(agencyId, kind, q, page, model, FormInput.empty(messages));
    }

    private String listPage(Long agencyId, OfficerKind kind, String q, Integer page, Model model, FormInput form) {
        var result = officers.list(agencyId, kind, q, PageQuery.of(page, 50));
        var visible = agencies.list();
        Map<Long, String> names = new java.util.LinkedHashMap<>();
        visible.forEach(a -> names.put(a.id(), a.name()));
        model.addAttribute("result", result);
        model.addAttribute("agencies", visible);
        model.addAttribute("agencyNames", names);
        model.addAttribute("today", views.today());
        model.addAttribute("filter", Map.of("agencyId", agencyId == null ? "" : agencyId.toString(), "kind",
                kind == null ? "" : kind.name(), "q", q == null ? "" : q));
        model.addAttribute("enums", Enums.INSTANCE);
        form.addTo(model);
        return "enforcement/officers";
    }

    @PostMapping
    @Allowed.Officers
    String register(@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        FormInput form = EnforcementForms.LABELS.form("officer", params, messages);
        OfficerRequest r = form.valid(new OfficerRequest(form.id("agencyId"), form.text("name"),
                form.choice("kind", OfficerKind.class), form.text("field"), null), validator);
        return FormAction.act(form, redirect, () -> {
            Officer o = officers.register(r);
            return new FormAction.Done(views.text("enforcement.flash.officer", o.name()),
                    "/console/enforcement/officers/" + o.id());
        }, () -> listPage(null, null, null, null, model, form));
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        return detailPage(id, model, FormInput.empty(messages));
    }

    private String detailPage(long id, Model model, FormInput form) {
        Officer o = officers.get(id);
        Agency a = agencies.get(o.agencyId());
        model.addAttribute("o", o);
        model.addAttribute("agency", a);
        model.addAttribute("exams", officers.exams(id));
        model.addAttribute("standing", o.standingOn(views.today()));
        model.addAttribute("today", views.today());
        model.addAttribute("enums", Enums.INSTANCE);
        form.addTo(model);
        return "enforcement/officer";
    }

    @PostMapping("/{id}/exams")
    @Allowed.Officers
    String exam(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = EnforcementForms.LABELS.form("exam", params, messages);
        ExamRequest r = form.valid(new ExamRequest(form.text("examName"), form.date("takenOn"),
                pages.amount(form, "score"), pages.amount(form, "passMark")), validator);
        return FormAction.act(form, redirect, "/console/enforcement/officers/" + id, () -> {
            officers.recordExam(id, r);
            return views.text("enforcement.flash.saved");
        }, () -> detailPage(id, model, form));
    }

    @PostMapping("/{id}/certificate")
    @Allowed.RuleOfLawOffice
    String certificate(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = EnforcementForms.LABELS.form("certificate", params, messages);
        CertificateRequest r = form.valid(new CertificateRequest(form.text("certificateNo"),
                form.text("issuingAuthority"), form.date("issuedOn"), form.date("expiresOn"), form.integer("version")),
                validator);
        return FormAction.act(form, redirect, "/console/enforcement/officers/" + id, () -> {
            officers.issueCertificate(id, r);
            return views.text("enforcement.flash.certificate");
        }, () -> detailPage(id, model, form));
    }

    @PostMapping("/{id}/status")
    @Allowed.RuleOfLawOffice
    String status(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = EnforcementForms.LABELS.form("status", params, messages);
        StatusRequest r = form.valid(new StatusRequest(form.choice("status", OfficerStatus.class), form.text("reason"),
                form.integer("version")), validator);
        return FormAction.act(form, redirect, "/console/enforcement/officers/" + id, () -> {
            officers.changeStatus(id, r);
            return views.text("enforcement.flash.saved");
        }, () -> detailPage(id, model, form));
    }
}
