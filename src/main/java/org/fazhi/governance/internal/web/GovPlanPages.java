package org.fazhi.governance.internal.web;

import jakarta.validation.Validator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.fazhi.governance.PlanIssueRequest;
import org.fazhi.governance.PlanKind;
import org.fazhi.governance.PlanRequest;
import org.fazhi.governance.PlanTask;
import org.fazhi.governance.TaskRequest;
import org.fazhi.governance.WorkPlan;
import org.fazhi.governance.WorkPlans;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.RefusedException;
import org.fazhi.shared.excel.ImportReport;
import org.fazhi.shared.excel.SpreadsheetDownload;
import org.fazhi.shared.web.Allowed;
import org.fazhi.shared.web.FormAction;
import org.fazhi.shared.web.FormInput;
import org.springframework.context.MessageSource;
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
 * 工作要点与实施方案 (/console/governance/plans): the plans of a year, a plan with its tasks and its
 * completion per responsible unit, entering or importing the task table while it is prepared (the
 * template, a row-level report), issuing it, and the Excel export of its tasks.
 */
@Controller
@RequestMapping("/console/governance/plans")
@Allowed.Staff
class GovPlanPages {

    private final WorkPlans plans;
    private final GovViews views;
    private final Validator validator;
    private final MessageSource messages;

    GovPlanPages(WorkPlans plans, GovViews views, Validator validator, MessageSource messages) {
        this.plans = plans;
        this.views = views;
        this.validator = validator;
        this.messages = messages;
    }

    @GetMapping
    String list(@RequestParam(required = false) Integer year, Model model) {
        int y = views.year(year);
        return page(y, model, FormInput.empty(messages).put("year", y).put("unitId", views.home())
                .put("kind", PlanKind.ANNUAL_POINTS.name()));
    }

    @PostMapping
    @Allowed.RuleOfLawOffice
    String create(@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        FormInput form = FormInput.of("plan", params, messages);
        PlanRequest r = form.valid(new PlanRequest(form.id("unitId"), form.integer("year"),
                form.choice("kind", PlanKind.class), form.text("title"), form.text("documentNumber")), validator);
        return FormAction.act(form, redirect, () -> {
            WorkPlan p = plans.create(r);
            return new FormAction.Done(views.text("governance.flash.plan-created", p.title()),
                    "/console/governance/plans/" + p.id());
        }, () -> page(views.year(form.integer("year")), model, form));
    }

    @GetMapping("/template")
    ResponseEntity<byte[]> template() {
        return SpreadsheetDownload.xlsx(views.text("governance.plan.template-file") + ".xlsx", plans::template);
    }

    @GetMapping("/{id}")
    String plan(@PathVariable long id, Model model) {
        return detail(id, model, FormInput.empty(messages).put("issuedOn", views.today()), null);
    }

    @GetMapping("/{id}/export")
    ResponseEntity<byte[]> export(@PathVariable long id) {
        WorkPlan p = plans.plan(id);
        List<PlanTask> list = plans.tasks(id);
        List<Long> ids = new ArrayList<>();
        list.forEach(t -> {
            ids.add(t.leadUnitId());
            ids.addAll(t.coUnitIds());
        });
        Map<Long, String> names = views.names(ids);
        List<List<?>> rows = list.stream().<List<?>>map(t -> Arrays.asList(t.taskNo(), t.content(),
                names.getOrDefault(t.leadUnitId(), ""), String.join("、", t.coUnitIds().stream()
                        .map(u -> names.getOrDefault(u, "")).toList()), t.dueDate(),
                views.text("governance.task-status." + t.status().name()), t.completedOn())).toList();
        return SpreadsheetDownload.of(p.title(), views.text("governance.import.sheet"), views.labels(
                "governance.import.col.task-no", "governance.import.col.content", "governance.import.col.lead",
                "governance.import.col.co", "governance.import.col.due", "governance.task.status",
                "governance.task.completed-on"), rows);
    }

    @PostMapping("/{id}/tasks")
    @Allowed.RuleOfLawOffice
    String addTask(@PathVariable long id, @RequestParam Map<String, String> params,
            @RequestParam(value = "coUnitIds", required = false) List<String> co, Model model,
            RedirectAttributes redirect) {
        FormInput form = FormInput.of("task", params, messages);
        List<Long> coUnits = new ArrayList<>();
        if (co != null) {
            for (String c : co) {
                if (c.matches("\\d{1,18}")) {
                    coUnits.add(Long.valueOf(c));
                } else if (!c.isBlank()) {
                    form.field("coUnitIds", views.text("problem.type-mismatch"));
                }
            }
        }
        TaskRequest r = form.valid(new TaskRequest(form.text("taskNo"), form.text("content"), form.id("leadUnitId"),
                coUnits, form.date("dueDate")), validator);
        return FormAction.act(form, redirect, "/console/governance/plans/" + id + "#tasks",
                () -> views.text("governance.flash.task-added", plans.addTask(id, r).taskNo()),
                () -> detail(id, model, form, null));
    }

    @PostMapping("/{id}/tasks/{taskId}/removal")
    @Allowed.RuleOfLawOffice
    String removeTask(@PathVariable long id, @PathVariable long taskId, RedirectAttributes redirect) {
        try {
            plans.removeTask(id, taskId);
            redirect.addFlashAttribute("flashSuccess", views.text("governance.flash.task-removed"));
        } catch (RefusedException e) {
            redirect.addFlashAttribute("flashError", views.text(e.messageKey(), e.args()));
        }
        return "redirect:/console/governance/plans/" + id + "#tasks";
    }

    @PostMapping("/{id}/import")
    @Allowed.RuleOfLawOffice
    String importTasks(@PathVariable long id, @RequestParam(value = "file", required = false) MultipartFile file,
            Model model, RedirectAttributes redirect) throws IOException {
        FormInput form = FormInput.empty(messages).put("issuedOn", views.today());
        try {
            if (file == null || file.isEmpty()) {
                throw new InvalidInputException("import-empty", "problem.import.empty");
            }
            ImportReport report = plans.importTasks(id, file.getInputStream());
            if (report.ok()) {
                redirect.addFlashAttribute("flashSuccess", views.text("governance.flash.imported",
                        String.valueOf(report.rows())));
                return "redirect:/console/governance/plans/" + id + "#tasks";
            }
            return detail(id, model, form, report);
        } catch (InvalidInputException e) {
            model.addAttribute("importError", views.text(e.messageKey(), e.args()));
        } catch (RefusedException e) {
            model.addAttribute("importError", views.text(e.messageKey(), e.args()));
        }
        return detail(id, model, form, null);
    }

    @PostMapping("/{id}/issue")
    @Allowed.RuleOfLawOffice
    String issue(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = FormInput.of("issue", params, messages);
        PlanIssueRequest r = form.valid(new PlanIssueRequest(form.date("issuedOn")), validator);
        return FormAction.act(form, redirect, "/console/governance/plans/" + id,
                () -> views.text("governance.flash.issued", plans.issue(id, r).issuedOn()),
                () -> detail(id, model, form, null));
    }

    private String page(int year, Model model, FormInput form) {
        List<WorkPlan> list = plans.plans(year);
        model.addAttribute("year", year);
        model.addAttribute("years", views.years());
        model.addAttribute("plans", list);
        model.addAttribute("names", views.names(list.stream().map(WorkPlan::unitId).toList()));
        model.addAttribute("kinds", PlanKind.values());
        model.addAttribute("units", views.units());
        form.addTo(model);
        return "governance/plans";
    }

    private String detail(long id, Model model, FormInput form, ImportReport report) {
        WorkPlan p = plans.plan(id);
        List<PlanTask> list = plans.tasks(id);
        List<Long> ids = new ArrayList<>(List.of(p.unitId()));
        list.forEach(t -> {
            ids.add(t.leadUnitId());
            ids.addAll(t.coUnitIds());
        });
        model.addAttribute("p", p);
        model.addAttribute("unit", views.name(p.unitId()));
        model.addAttribute("tasks", list);
        model.addAttribute("names", views.names(ids));
        model.addAttribute("completion", plans.completion(id));
        model.addAttribute("units", views.units().stream().filter(u -> u.id().equals(p.unitId())
                || u.path().contains("/" + p.unitId() + "/")).toList());
        model.addAttribute("today", views.today());
        model.addAttribute("report", report);
        form.addTo(model);
        return "governance/plan";
    }
}
