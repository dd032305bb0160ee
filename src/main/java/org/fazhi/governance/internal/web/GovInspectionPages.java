package org.fazhi.governance.internal.web;

import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fazhi.files.StoredFile;
import org.fazhi.governance.CompletionRequest;
import org.fazhi.governance.DecisionNoteRequest;
import org.fazhi.governance.Finding;
import org.fazhi.governance.FindingOverview;
import org.fazhi.governance.FindingRequest;
import org.fazhi.governance.Inspection;
import org.fazhi.governance.InspectionKind;
import org.fazhi.governance.InspectionRequest;
import org.fazhi.governance.ProgressRequest;
import org.fazhi.governance.Rectifications;
import org.fazhi.governance.RuleOfLawInspections;
import org.fazhi.shared.web.Allowed;
import org.fazhi.shared.web.FormAction;
import org.fazhi.shared.web.FormInput;
import org.springframework.context.MessageSource;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 督察与自查 (/console/governance/inspections, /console/governance/findings): the inspections and
 * self-inspections of a year, recording one, its findings (added with owner, person in charge, measures
 * and due date), and a finding's rectification: the guide, its reports with evidence, and the steps.
 */
@Controller
@RequestMapping("/console/governance")
@Allowed.Staff
class GovInspectionPages {

    private final RuleOfLawInspections inspections;
    private final Rectifications rectifications;
    private final GovViews views;
    private final Validator validator;
    private final MessageSource messages;

    GovInspectionPages(RuleOfLawInspections inspections, Rectifications rectifications, GovViews views,
            Validator validator, MessageSource messages) {
        this.inspections = inspections;
        this.rectifications = rectifications;
        this.views = views;
        this.validator = validator;
        this.messages = messages;
    }

    @GetMapping("/inspections")
    String list(@RequestParam(required = false) Integer year, Model model) {
        int y = views.year(year);
        return page(y, model, FormInput.empty(messages).put("unitId", views.home()).put("inspectedUnitId", views.home())
                .put("inspectedOn", views.today()).put("kind", InspectionKind.SELF_INSPECTION.name()));
    }

    @PostMapping("/inspections")
    @Allowed.RuleOfLawOffice
    String record(@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        FormInput form = FormInput.of("inspection", params, messages);
        InspectionRequest r = form.valid(new InspectionRequest(form.id("unitId"), form.id("inspectedUnitId"),
                form.choice("kind", InspectionKind.class), form.integer("half"), form.date("inspectedOn"),
                form.text("inspector"), form.text("summary")), validator);
        return FormAction.act(form, redirect, () -> {
            Inspection i = inspections.record(r);
            return new FormAction.Done(views.text("governance.flash.inspection"),
                    "/console/governance/inspections/" + i.id());
        }, () -> page(views.today().getYear(), model, form));
    }

    @GetMapping("/inspections/{id}")
    String inspection(@PathVariable long id, Model model) {
        return detail(id, model, FormInput.empty(messages));
    }

    @PostMapping("/inspections/{id}/findings")
    @Allowed.RuleOfLawOffice
    String addFinding(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = FormInput.of("finding", params, messages);
        FindingRequest r = form.valid(new FindingRequest(form.text("description"), form.id("ownerUnitId"),
                form.text("ownerPerson"), form.text("measures"), form.date("dueDate")), validator);
        return FormAction.act(form, redirect, "/console/governance/inspections/" + id + "#findings",
                () -> views.text("governance.flash.finding", inspections.addFinding(id, r).findingNo()),
                () -> detail(id, model, form));
    }

    @GetMapping("/findings/{id}")
    String finding(@PathVariable long id, Model model) {
        return findingPage(id, model, FormInput.empty(messages).put("finishedOn", views.today()));
    }

    @GetMapping("/findings/{id}/evidence/{fileId}")
    ResponseEntity<Resource> evidence(@PathVariable long id, @PathVariable long fileId) {
        StoredFile f = rectifications.evidenceFile(id, fileId);
        return GovViews.download(f, rectifications.evidenceContent(id, fileId));
    }

    @PostMapping("/findings/{id}/progress")
    @Allowed.Reporters
    String progress(@PathVariable long id, @RequestParam Map<String, String> params,
            @RequestParam(value = "files", required = false) List<MultipartFile> files, Model model,
            RedirectAttributes redirect) {
        FormInput form = FormInput.of("progress", params, messages);
        ProgressRequest r = form.valid(new ProgressRequest(form.text("text"), form.integer("version")), validator);
        return FormAction.act(form, redirect, "/console/governance/findings/" + id, () -> {
            rectifications.reportProgress(id, r, GovViews.evidence(files));
            return views.text("governance.flash.progress");
        }, () -> findingPage(id, model, form));
    }

    @PostMapping("/findings/{id}/rectification")
    @Allowed.Reporters
    String rectification(@PathVariable long id, @RequestParam Map<String, String> params,
            @RequestParam(value = "files", required = false) List<MultipartFile> files, Model model,
            RedirectAttributes redirect) {
        FormInput form = FormInput.of("rectification", params, messages);
        CompletionRequest r = form.valid(new CompletionRequest(form.date("finishedOn"), form.text("text"),
                form.integer("version")), validator);
        return FormAction.act(form, redirect, "/console/governance/findings/" + id, () -> {
            rectifications.submitRectification(id, r, GovViews.evidence(files));
            return views.text("governance.flash.rectified");
        }, () -> findingPage(id, model, form));
    }

    @PostMapping("/findings/{id}/acceptance")
    @Allowed.RuleOfLawOffice
    String accept(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = FormInput.of("acceptance", params, messages);
        DecisionNoteRequest r = form.valid(new DecisionNoteRequest(form.text("note"), form.integer("version")),
                validator);
        return FormAction.act(form, redirect, "/console/governance/findings/" + id, () -> {
            rectifications.accept(id, r);
            return views.text("governance.flash.accepted");
        }, () -> findingPage(id, model, form));
    }

    @PostMapping("/findings/{id}/return")
    @Allowed.RuleOfLawOffice
    String returnFinding(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = FormInput.of("return", params, messages);
        DecisionNoteRequest r = form.valid(new DecisionNoteRequest(form.text("note"), form.integer("version")),
                validator);
        return FormAction.act(form, redirect, "/console/governance/findings/" + id, () -> {
            rectifications.returnFinding(id, r);
            return views.text("governance.flash.returned");
        }, () -> findingPage(id, model, form));
    }

    private String page(int year, Model model, FormInput form) {
        List<Inspection> list = inspections.inspections(year);
        List<Long> ids = new ArrayList<>();
        list.forEach(i -> {
            ids.add(i.unitId());
            ids.add(i.inspectedUnitId());
        });
        List<Finding> findings = inspections.findingsOfYear(year);
        findings.forEach(f -> ids.add(f.ownerUnitId()));
        model.addAttribute("year", year);
        model.addAttribute("years", views.years());
        model.addAttribute("inspections", list);
        model.addAttribute("findings", findings);
        model.addAttribute("names", views.names(ids));
        model.addAttribute("kinds", InspectionKind.values());
        model.addAttribute("units", views.units());
        model.addAttribute("today", views.today());
        form.addTo(model);
        return "governance/inspections";
    }

    private String detail(long id, Model model, FormInput form) {
        Inspection i = inspections.inspection(id);
        List<Finding> findings = inspections.findings(id);
        List<Long> ids = new ArrayList<>(List.of(i.unitId(), i.inspectedUnitId()));
        findings.forEach(f -> ids.add(f.ownerUnitId()));
        model.addAttribute("i", i);
        model.addAttribute("findings", findings);
        model.addAttribute("names", views.names(ids));
        model.addAttribute("units", views.units().stream().filter(u -> u.id().equals(i.inspectedUnitId())
                || u.path().contains("/" + i.inspectedUnitId() + "/")).toList());
        model.addAttribute("today", views.today());
        form.addTo(model);
        return "governance/inspection";
    }

    private String findingPage(long id, Model model, FormInput form) {
        FindingOverview o = rectifications.overview(id);
        List<Long> ids = new ArrayList<>(List.of(o.finding().ownerUnitId(), o.inspection().unitId(),
                o.inspection().inspectedUnitId()));
        o.reports().forEach(r -> ids.add(r.unitId()));
        model.addAttribute("o", o);
        model.addAttribute("f", o.finding());
        model.addAttribute("guide", views.guide(o.guide()));
        model.addAttribute("names", views.names(ids));
        form.addTo(model);
        return "governance/finding";
    }
}
