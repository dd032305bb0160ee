package org.fazhi.indicators.internal.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.fazhi.indicators.AnnualReport;
import org.fazhi.indicators.AnnualReports;
import org.fazhi.indicators.AnnualReports.ReportView;
import org.fazhi.indicators.NarrativeRequest;
import org.fazhi.indicators.ReportDraftRequest;
import org.fazhi.indicators.ReportTexts;
import org.fazhi.indicators.internal.ReportDocx;
import org.fazhi.indicators.internal.ReportPdf;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.web.Allowed;
import org.fazhi.shared.web.BackgroundJobs;
import org.fazhi.shared.web.FormAction;
import org.fazhi.shared.web.FormInput;
import org.fazhi.units.DataScope;
import org.fazhi.units.Units;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * 法治政府建设年度报告 (/console/indicators/reports): draft a unit's report from its figures, edit each part's
 * narrative, refresh the figures (changed ones highlighted), submit (AR-01), publish (AR-02), and download
 * it as DOCX in the 公文 layout, as PDF with an embedded CJK font, or as HTML.
 */
@Controller
@Allowed.Overseers
class ReportPages {

    private final AnnualReports reports;
    private final ReportTexts texts;
    private final ReportDocx docx;
    private final ReportPdf pdf;
    private final TemplateEngine templates;
    private final DataScope scope;
    private final Units units;
    private final MessageSource messages;
    private final Validator validator;
    private final BackgroundJobs jobs;
    private final Clock clock;

    /** The kind of background job a report's drafting is. */
    static final String DRAFT_JOB = "indicators-report-draft";

    ReportPages(AnnualReports reports, ReportTexts texts, ReportDocx docx, ReportPdf pdf, TemplateEngine templates, DataScope scope,
            Units units, MessageSource messages, Validator validator, BackgroundJobs jobs, Clock clock) {
        this.jobs = jobs;
        this.reports = reports;
        this.texts = texts;
        this.docx = docx;
        this.pdf = pdf;
        this.templates = templates;
        this.scope = scope;
        this.units = units;
        this.messages = messages;
        this.validator = validator;
        this.clock = clock;
    }

    @GetMapping("/console/indicators/reports")
    String list(Model model) {
        return listPage(model, FormInput.empty(messages).put("year", LocalDate.now(clock).getYear() - 1)
                .put("unitId", scope.homeUnitId()));
    }

    private String listPage(Model model, FormInput form) {
        List<AnnualReport> list = reports.visible();
        model.addAttribute("reports", list);
        model.addAttribute("names", units.names(list.stream().map(AnnualReport::unitId).toList()));
        model.addAttribute("units", units.visible());
        form.addTo(model);
        return "indicators/reports";
    }

    @PostMapping("/console/indicators/reports")
    @Allowed.RuleOfLawOffice
    String draft(@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        FormInput form = FormInput.of("draft", params, messages).labels(Map.of("unitId", "indicators.field.unit",
                "year", "indicators.field.year"));
        ReportDraftRequest r = form.valid(new ReportDraftRequest(form.id("unitId"), form.integer("year"),
                "true".equals(form.raw("demonstration"))), validator);
        return FormAction.act(form, redirect, () -> {
            String title = reports.checkDraft(r);
            BackgroundJobs.Job job;
            try {
                job = jobs.start(DRAFT_JOB, title, String.valueOf(r.year()), progress -> reports.draft(r, progress),
                        null);
            } catch (BackgroundJobs.BusyException e) {
                throw new InvalidInputException(429, "jobs-busy", "indicators.report.busy", List.of());
            }
            return new FormAction.Done(text("indicators.report.started"), "/console/indicators/reports/jobs/" + job.id());
        }, () -> listPage(model, form));
    }

    /**
     * A report being drafted: the phase and share done, the page asking again every two seconds; once drafted
     * it shows the bar full and goes on to the report.
     */
    @GetMapping("/console/indicators/reports/jobs/{id}")
    @Allowed.RuleOfLawOffice
    String draftJob(@PathVariable String id, Model model, HttpServletResponse response) {
        BackgroundJobs.Job job = jobs.get(DRAFT_JOB, id);
        if (job.running()) {
            response.setHeader("Refresh", "2");
        } else if (job.result() instanceof AnnualReport report) {
            response.setHeader("Refresh", "1; url=/console/indicators/reports/" + report.id());
            model.addAttribute("report", report);
        }
        model.addAttribute("job", job);
        return "indicators/report-job";
    }

    @GetMapping("/console/indicators/reports/{id}")
    String report(@PathVariable long id, Model model) {
        return page(reports.view(id), model, FormInput.empty(messages));
    }

    private String page(ReportView view, Model model, FormInput form) {
        model.addAttribute("view", view);
        model.addAttribute("texts", texts);
        model.addAttribute("pdf", pdf.available());
        model.addAttribute("locale", LocaleContextHolder.getLocale());
        form.addTo(model);
        return "indicators/report";
    }

    @PostMapping("/console/indicators/reports/{id}/refresh")
    @Allowed.RuleOfLawOffice
    String refresh(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = FormInput.of("refresh", params, messages);
        Integer version = form.integer("version");
        return FormAction.act(form, redirect, "/console/indicators/reports/" + id, () -> text(
                "indicators.flash.refreshed", reports.refresh(id, version).changedFigures()),
                () -> page(reports.view(id), model, form));
    }

    @PostMapping("/console/indicators/reports/{id}/parts/{partId}")
    @Allowed.RuleOfLawOffice
    String edit(@PathVariable long id, @PathVariable long partId, @RequestParam Map<String, String> params,
            Model model, RedirectAttributes redirect) {
        FormInput form = FormInput.of("part-" + partId, params, messages).labels(Map.of("narrative",
                "indicators.field.narrative"));
        NarrativeRequest r = form.valid(new NarrativeRequest(params.getOrDefault("narrative", ""),
                form.integer("version")), validator);
        return FormAction.act(form, redirect, "/console/indicators/reports/" + id + "#part-" + partId, () -> {
            reports.edit(id, partId, r);
            return text("indicators.flash.narrative");
        }, () -> page(reports.view(id), model, form));
    }

    @PostMapping("/console/indicators/reports/{id}/submit")
    @Allowed.RuleOfLawOffice
    String submit(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = FormInput.of("submit", params, messages);
        Integer version = form.integer("version");
        return FormAction.act(form, redirect, "/console/indicators/reports/" + id, () -> {
            reports.submit(id, version);
            return text("indicators.flash.submitted");
        }, () -> page(reports.view(id), model, form));
    }

    @PostMapping("/console/indicators/reports/{id}/publish")
    @Allowed.RuleOfLawOffice
    String publish(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = FormInput.of("publish", params, messages);
        Integer version = form.integer("version");
        return FormAction.act(form, redirect, "/console/indicators/reports/" + id, () -> {
            reports.publish(id, version);
            return text("indicators.flash.published");
        }, () -> page(reports.view(id), model, form));
    }

    @GetMapping("/console/indicators/reports/{id}/export.docx")
    ResponseEntity<byte[]> exportDocx(@PathVariable long id) {
        ReportView view = reports.view(id);
        return download(docx.render(view), view.report().title() + ".docx",
                MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
    }

    @GetMapping("/console/indicators/reports/{id}/export.pdf")
    ResponseEntity<byte[]> exportPdf(@PathVariable long id) {
        ReportView view = reports.view(id);
        return download(pdf.render(view), view.report().title() + ".pdf", MediaType.APPLICATION_PDF);
    }

    @GetMapping("/console/indicators/reports/{id}/export.html")
    ResponseEntity<byte[]> exportHtml(@PathVariable long id) {
        ReportView view = reports.view(id);
        Context ctx = new Context(ReportTexts.DOCUMENT, Map.of("view", view, "texts", texts, "locale",
                ReportTexts.DOCUMENT));
        String html = templates.process("indicators/report-document", ctx);
        return download(html.getBytes(StandardCharsets.UTF_8), view.report().title() + ".html",
                new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8));
    }

    private static ResponseEntity<byte[]> download(byte[] body, String name, MediaType type) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name,
                        StandardCharsets.UTF_8).build().toString())
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox")
                .body(body);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
