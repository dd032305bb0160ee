package org.fazhi.enforcement.internal.web;

import java.io.IOException;
import java.util.Map;
import jakarta.servlet.http.HttpServletResponse;
import org.fazhi.enforcement.CaseImport;
import org.fazhi.enforcement.CaseImportJobs;
import org.fazhi.enforcement.CaseImportReport;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.excel.SpreadsheetDownload;
import org.fazhi.shared.web.Allowed;
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

/**
 * 案件导入 (/console/enforcement/import): the template, and cases from an existing system (CSV or XLSX)
 * imported in the background with a progress bar, then a row-by-row report; nothing is stored unless
 * every row is right, and the same file again adds nothing.
 */
@Controller
@RequestMapping("/console/enforcement/import")
@Allowed.EnforcementOfficers
class CaseImportPages {

    private final CaseImport imports;
    private final CaseImportJobs jobs;
    private final CaseViews views;
    private final MessageSource messages;

    CaseImportPages(CaseImport imports, CaseImportJobs jobs, CaseViews views, MessageSource messages) {
        this.imports = imports;
        this.jobs = jobs;
        this.views = views;
        this.messages = messages;
    }

    @GetMapping
    String page(Model model) {
        return page(model, FormInput.empty(messages), null);
    }

    @GetMapping("/template")
    ResponseEntity<byte[]> template() {
        return SpreadsheetDownload.xlsx(views.text("enforcement.import.template-file") + ".xlsx", imports::template);
    }

    @PostMapping
    String run(@RequestParam Map<String, String> params,
            @RequestParam(value = "file", required = false) MultipartFile file, Model model) throws IOException {
        params.remove("file");
        FormInput form = EnforcementForms.LABELS.form("import", params, messages);
        if (file == null || file.isEmpty()) {
            form.field("file", views.text("enforcement.import.file-required"));
            return page(model, form, null);
        }
        try {
            CaseImportJobs.Job job = jobs.start(file.getInputStream(), file.getOriginalFilename(), form.text("source"));
            return "redirect:/console/enforcement/import/jobs/" + job.id();
        } catch (InvalidInputException e) {
            form.error(e);
        }
        return page(model, form, null);
    }

    /** A running import shows its progress and refreshes itself every two seconds until it ends. */
    @GetMapping("/jobs/{id}")
    String job(@PathVariable String id, Model model, HttpServletResponse response) {
        CaseImportJobs.Job job = jobs.get(id);
        if (job.running()) {
            response.setHeader("Refresh", "2");
        }
        model.addAttribute("job", job);
        return page(model, FormInput.empty(messages).put("source", job.source()), job.report());
    }

    private String page(Model model, FormInput form, CaseImportReport report) {
        model.addAttribute("report", report);
        model.addAttribute("columns", imports.headers());
        form.addTo(model);
        return "enforcement/import";
    }
}
