package org.fazhi.governance.internal.web;

import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fazhi.files.StoredFile;
import org.fazhi.governance.CompletionRequest;
import org.fazhi.governance.DecisionNoteRequest;
import org.fazhi.governance.PlanTask;
import org.fazhi.governance.PlanTasks;
import org.fazhi.governance.ProgressRequest;
import org.fazhi.governance.TaskOverview;
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
 * 任务督办 (/console/governance/tasks): the tasks the user's units carry, and a task's page — the guide,
 * its deadline on the 督办台 (where it is urged), its reports with evidence, and the steps: report
 * progress, report it done with evidence, confirm, return, cancel.
 */
@Controller
@RequestMapping("/console/governance/tasks")
@Allowed.Staff
class GovTaskPages {

    private final PlanTasks tasks;
    private final GovViews views;
    private final Validator validator;
    private final MessageSource messages;

    GovTaskPages(PlanTasks tasks, GovViews views, Validator validator, MessageSource messages) {
        this.tasks = tasks;
        this.views = views;
        this.validator = validator;
        this.messages = messages;
    }

    @GetMapping
    String list(@RequestParam(required = false) Integer year, Model model) {
        int y = views.year(year);
        List<PlanTask> list = tasks.ofMyUnits(y);
        List<Long> ids = new ArrayList<>();
        list.forEach(t -> ids.add(t.leadUnitId()));
        model.addAttribute("year", y);
        model.addAttribute("years", views.years());
        model.addAttribute("tasks", list);
        model.addAttribute("names", views.names(ids));
        model.addAttribute("today", views.today());
        return "governance/tasks";
    }

    @GetMapping("/{id}")
    String task(@PathVariable long id, Model model) {
        return page(id, model, FormInput.empty(messages).put("finishedOn", views.today()));
    }

    @GetMapping("/{id}/evidence/{fileId}")
    ResponseEntity<Resource> evidence(@PathVariable long id, @PathVariable long fileId) {
        StoredFile f = tasks.evidenceFile(id, fileId);
        return GovViews.download(f, tasks.evidenceContent(id, fileId));
    }

    @PostMapping("/{id}/progress")
    @Allowed.Reporters
    String progress(@PathVariable long id, @RequestParam Map<String, String> params,
            @RequestParam(value = "files", required = false) List<MultipartFile> files, Model model,
            RedirectAttributes redirect) {
        FormInput form = FormInput.of("progress", params, messages);
        ProgressRequest r = form.valid(new ProgressRequest(form.text("text"), form.integer("version")), validator);
        return FormAction.act(form, redirect, "/console/governance/tasks/" + id, () -> {
            tasks.reportProgress(id, r, GovViews.evidence(files));
            return views.text("governance.flash.progress");
        }, () -> page(id, model, form));
    }

    @PostMapping("/{id}/closure")
    @Allowed.Reporters
    String closure(@PathVariable long id, @RequestParam Map<String, String> params,
            @RequestParam(value = "files", required = false) List<MultipartFile> files, Model model,
            RedirectAttributes redirect) {
        FormInput form = FormInput.of("closure", params, messages);
        CompletionRequest r = form.valid(new CompletionRequest(form.date("finishedOn"), form.text("text"),
                form.integer("version")), validator);
        return FormAction.act(form, redirect, "/console/governance/tasks/" + id, () -> {
            tasks.requestClosure(id, r, GovViews.evidence(files));
            return views.text("governance.flash.closure-requested");
        }, () -> page(id, model, form));
    }

    @PostMapping("/{id}/confirmation")
    @Allowed.RuleOfLawOffice
    String confirm(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = FormInput.of("confirmation", params, messages);
        DecisionNoteRequest r = form.valid(new DecisionNoteRequest(form.text("note"), form.integer("version")),
                validator);
        return FormAction.act(form, redirect, "/console/governance/tasks/" + id, () -> {
            tasks.confirm(id, r);
            return views.text("governance.flash.confirmed");
        }, () -> page(id, model, form));
    }

    @PostMapping("/{id}/return")
    @Allowed.RuleOfLawOffice
    String returnTask(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = FormInput.of("return", params, messages);
        DecisionNoteRequest r = form.valid(new DecisionNoteRequest(form.text("note"), form.integer("version")),
                validator);
        return FormAction.act(form, redirect, "/console/governance/tasks/" + id, () -> {
            tasks.returnTask(id, r);
            return views.text("governance.flash.returned");
        }, () -> page(id, model, form));
    }

    @PostMapping("/{id}/cancellation")
    @Allowed.RuleOfLawOffice
    String cancel(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = FormInput.of("cancellation", params, messages);
        DecisionNoteRequest r = form.valid(new DecisionNoteRequest(form.text("note"), form.integer("version")),
                validator);
        return FormAction.act(form, redirect, "/console/governance/tasks/" + id, () -> {
            tasks.cancel(id, r);
            return views.text("governance.flash.cancelled");
        }, () -> page(id, model, form));
    }

    private String page(long id, Model model, FormInput form) {
        TaskOverview o = tasks.overview(id);
        PlanTask t = o.task();
        List<Long> ids = new ArrayList<>(List.of(t.leadUnitId(), t.planUnitId()));
        ids.addAll(t.coUnitIds());
        o.reports().forEach(r -> ids.add(r.unitId()));
        model.addAttribute("o", o);
        model.addAttribute("t", t);
        model.addAttribute("guide", views.guide(o.guide()));
        model.addAttribute("names", views.names(ids));
        form.addTo(model);
        return "governance/task";
    }
}
