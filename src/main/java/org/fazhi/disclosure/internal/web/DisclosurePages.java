package org.fazhi.disclosure.internal.web;

import jakarta.validation.Validator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.nio.charset.StandardCharsets;
import org.fazhi.deadlines.Deadlines;
import org.fazhi.disclosure.RequestAttachment;
import org.fazhi.files.FileStore;
import org.fazhi.files.StoredFile;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.fazhi.disclosure.AnnualReport;
import org.fazhi.disclosure.AnnualReports;
import org.fazhi.disclosure.Channel;
import org.fazhi.disclosure.ConsultationRequest;
import org.fazhi.disclosure.CorrectionNoticeRequest;
import org.fazhi.disclosure.DateStepRequest;
import org.fazhi.disclosure.DisclosureRequest;
import org.fazhi.disclosure.DisclosureRequests;
import org.fazhi.disclosure.ExtensionRequest;
import org.fazhi.disclosure.FiledRequest;
import org.fazhi.disclosure.IntakeRequest;
import org.fazhi.disclosure.RemedyOutcome;
import org.fazhi.disclosure.RemedyRoute;
import org.fazhi.disclosure.ReplyReason;
import org.fazhi.disclosure.ReplyRequest;
import org.fazhi.disclosure.ReportCellRequest;
import org.fazhi.disclosure.ReportKind;
import org.fazhi.disclosure.ReportNoteRequest;
import org.fazhi.disclosure.ReportRequest;
import org.fazhi.disclosure.ReportTextRequest;
import org.fazhi.disclosure.RequestGuide;
import org.fazhi.disclosure.RequestStatus;
import org.fazhi.disclosure.RequesterIdentity;
import org.fazhi.disclosure.RequesterType;
import org.fazhi.disclosure.RevealRequest;
import org.fazhi.disclosure.Table3Row;
import org.fazhi.shared.PageQuery;
import org.fazhi.shared.procedure.Guide;
import org.fazhi.shared.procedure.StepCheck;
import org.fazhi.shared.web.Allowed;
import org.fazhi.shared.web.FormAction;
import org.fazhi.shared.web.FormInput;
import org.fazhi.units.DataScope;
import org.fazhi.units.Units;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
 * 依申请公开 and the annual report in the console (/console/disclosure/...): the requests of the caller's scope
 * with the intake form, a request's page with the guide and the step forms (补正, consultation, extension,
 * reply, the requester's identity with a reason, the reply letter), the reports with their tables, the cells
 * to enter, and submission and approval.
 */
@Controller
@RequestMapping("/console/disclosure")
@Allowed.Staff
class DisclosurePages {

    /** The guide in words: the next step and, per step, allowed or why not. */
    record GuideView(String next, Map<String, String> refused) {

        public boolean allowed(String step) {
            return refused.containsKey(step) && refused.get(step).isEmpty();
        }
    }

    private final DisclosureRequests requests;
    private final RequestGuide guide;
    private final AnnualReports reports;
    private final Deadlines deadlines;
    private final Units units;
    private final DataScope scope;
    private final Validator validator;
    private final MessageSource messages;
    private final java.time.Clock clock;
    private final FileStore files;

    DisclosurePages(DisclosureRequests requests, RequestGuide guide, AnnualReports reports, Deadlines deadlines,
            Units units, DataScope scope, Validator validator, MessageSource messages, java.time.Clock clock,
            FileStore files) {
        this.files = files;
        this.requests = requests;
        this.guide = guide;
        this.reports = reports;
        this.deadlines = deadlines;
        this.units = units;
        this.scope = scope;
        this.validator = validator;
        this.messages = messages;
        this.clock = clock;
    }

    // ----- requests -----

    @GetMapping("/requests")
    String list(@RequestParam(required = false) RequestStatus status, @RequestParam(required = false) Integer page,
            Model model) {
        return listPage(status, page, model, FormInput.empty(messages).put("unitId", scope.homeUnitId())
                .put("channel", Channel.POST.name()).put("requesterType", RequesterType.NATURAL_PERSON.name())
                .put("receivedOn", today()));
    }

    @PostMapping("/requests")
    @Allowed.Drafters
    String receive(@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        FormInput form = FormInput.of("intake", params, messages).labels(Map.of("unitId", "disclosure.field.unit",
                "requesterName", "disclosure.field.requester-name", "requesterIdNo", "disclosure.field.id-no",
                "requesterContact", "disclosure.field.contact", "content", "disclosure.field.content", "receivedOn",
                "disclosure.field.received-on"));
        IntakeRequest r = form.valid(new IntakeRequest(form.id("unitId"), form.choice("channel", Channel.class),
                form.choice("requesterType", RequesterType.class), form.text("requesterName"),
                form.text("requesterIdNo"), form.text("requesterContact"), form.text("requesterAddress"),
                form.text("content"), form.date("receivedOn")), validator);
        return FormAction.act(form, redirect, () -> {
            FiledRequest f = requests.receive(r);
            return new FormAction.Done(text("disclosure.flash.received", f.receiptNo(), f.verificationCode(),
                    String.valueOf(f.replyDue())), "/console/disclosure/requests/" + f.id());
        }, () -> listPage(null, null, model, form));
    }

    @GetMapping("/requests/{id}")
    String request(@PathVariable long id, Model model) {
        return requestPage(id, model, FormInput.empty(messages).put("on", today()), null);
    }

    @PostMapping("/requests/{id}/correction-notice")
    @Allowed.Drafters
    String askCorrection(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = FormInput.of("correction", params, messages);
        CorrectionNoticeRequest r = form.valid(new CorrectionNoticeRequest(form.text("note"), form.date("on"),
                form.integer("version")), validator);
        return step(id, form, redirect, model, () -> requests.askCorrection(id, r), "disclosure.flash.correction");
    }

    @PostMapping("/requests/{id}/correction-received")
    @Allowed.Drafters
    String receiveCorrection(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = FormInput.of("corrected", params, messages);
        DateStepRequest r = form.valid(new DateStepRequest(form.date("on"), form.integer("version")), validator);
        return step(id, form, redirect, model, () -> requests.receiveCorrection(id, r), "disclosure.flash.corrected");
    }

    @PostMapping("/requests/{id}/consultation")
    @Allowed.Drafters
    String consult(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = FormInput.of("consult", params, messages);
        ConsultationRequest r = form.valid(new ConsultationRequest(form.text("party"), form.date("on"),
                form.integer("version")), validator);
        return step(id, form, redirect, model, () -> requests.consult(id, r), "disclosure.flash.consulting");
    }

    @PostMapping("/requests/{id}/consultation-end")
    @Allowed.Drafters
    String endConsultation(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = FormInput.of("consulted", params, messages);
        DateStepRequest r = form.valid(new DateStepRequest(form.date("on"), form.integer("version")), validator);
        return step(id, form, redirect, model, () -> requests.endConsultation(id, r), "disclosure.flash.consulted");
    }

    @PostMapping("/requests/{id}/extension")
    @Allowed.Drafters
    String extend(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = FormInput.of("extend", params, messages);
        ExtensionRequest r = form.valid(new ExtensionRequest(form.text("reason"), form.text("approver"),
                form.integer("version")), validator);
        return step(id, form, redirect, model, () -> requests.extend(id, r), "disclosure.flash.extended");
    }

    @PostMapping("/requests/{id}/reply")
    @Allowed.Drafters
    String reply(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = FormInput.of("reply", params, messages).labels(Map.of("reason",
                "disclosure.field.reply-reason", "note", "disclosure.field.reply-note", "repliedOn",
                "disclosure.field.replied-on"));
        ReplyRequest r = form.valid(new ReplyRequest(form.choice("reason", ReplyReason.class), form.text("note"),
                form.date("on"), form.integer("version")), validator);
        return step(id, form, redirect, model, () -> requests.reply(id, r), "disclosure.flash.replied");
    }

    @PostMapping("/requests/{id}/reveal")
    @Allowed.Drafters
    String reveal(@PathVariable long id, @RequestParam Map<String, String> params, Model model) {
        FormInput form = FormInput.of("reveal", params, messages);
        RevealRequest r = form.valid(new RevealRequest(form.text("reason")), validator);
        RequesterIdentity[] who = new RequesterIdentity[1];
        if (form.ok()) {
            try {
                who[0] = requests.reveal(id, r);
            } catch (RuntimeException e) {
                form.error(e);
            }
        }
        return requestPage(id, model, form.ok() ? FormInput.empty(messages).put("on", today()) : form, who[0]);
    }

    @GetMapping("/requests/{id}/letter")
    @Allowed.Drafters
    ResponseEntity<byte[]> letter(@PathVariable long id, Locale locale) {
        return DisclosureApi.docx(requests.letter(id, locale), "reply-" + id + ".docx");
    }

    // ----- reports -----

    @GetMapping("/reports")
    String reportList(@RequestParam(required = false) Integer year, Model model) {
        return reportsPage(year, model, FormInput.empty(messages).put("unitId", scope.homeUnitId())
                .put("year", today().getYear() - 1).put("kind", ReportKind.DEPARTMENT.name()));
    }

    @PostMapping("/reports")
    @Allowed.Drafters
    String open(@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        FormInput form = FormInput.of("open", params, messages);
        ReportRequest r = form.valid(new ReportRequest(form.id("unitId"), form.integer("year"),
                form.choice("kind", ReportKind.class)), validator);
        return FormAction.act(form, redirect, () -> {
            AnnualReport a = reports.open(r);
            return new FormAction.Done(text("disclosure.flash.report-opened"), "/console/disclosure/reports/" + a.id());
        }, () -> reportsPage(null, model, form));
    }

    @GetMapping("/reports/{id}")
    String report(@PathVariable long id, Model model) {
        return reportPage(id, model, FormInput.empty(messages));
    }

    @PostMapping("/reports/{id}/texts")
    @Allowed.Drafters
    String texts(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = FormInput.of("texts", params, messages);
        ReportTextRequest r = form.valid(new ReportTextRequest(form.text("overview"), form.text("problems"),
                form.text("other"), form.integer("version")), validator);
        return reportStep(id, form, redirect, model, () -> reports.saveTexts(id, r), "disclosure.flash.saved");
    }

    @PostMapping("/reports/{id}/cells")
    @Allowed.Drafters
    String cell(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = FormInput.of("cell", params, messages).labels(Map.of("amount", "disclosure.field.amount",
                "source", "disclosure.field.source"));
        java.math.BigDecimal amount = null;
        try {
            String raw = form.text("amount");
            amount = raw == null ? null : new java.math.BigDecimal(raw.strip());
        } catch (NumberFormatException e) {
            form.field("amount", text("disclosure.field.amount-invalid"));
        }
        ReportCellRequest r = form.valid(new ReportCellRequest(form.text("key"), amount, form.text("source"),
                form.integer("version")), validator);
        return reportStep(id, form, redirect, model, () -> reports.enterCell(id, r), "disclosure.flash.saved");
    }

    @PostMapping("/reports/{id}/submit")
    @Allowed.Drafters
    String submit(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = FormInput.of("submit", params, messages);
        ReportNoteRequest r = new ReportNoteRequest(null, form.integer("version"));
        return reportStep(id, form, redirect, model, () -> reports.submit(id, r), "disclosure.flash.submitted");
    }

    @PostMapping("/reports/{id}/approve")
    @Allowed.Drafters
    String approve(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = FormInput.of("approve", params, messages);
        ReportNoteRequest r = new ReportNoteRequest(null, form.integer("version"));
        return reportStep(id, form, redirect, model, () -> reports.approve(id, r), "disclosure.flash.published");
    }

    @PostMapping("/reports/{id}/return")
    @Allowed.Drafters
    String returnReport(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = FormInput.of("return", params, messages);
        ReportNoteRequest r = form.valid(new ReportNoteRequest(form.text("note"), form.integer("version")), validator);
        return reportStep(id, form, redirect, model, () -> reports.returnReport(id, r), "disclosure.flash.returned");
    }

    @GetMapping("/reports/{id}/docx")
    ResponseEntity<byte[]> docx(@PathVariable long id, Locale locale) {
        return DisclosureApi.docx(reports.docx(id, locale), "annual-report-" + id + ".docx");
    }

    // -----

    private String step(long id, FormInput form, RedirectAttributes redirect, Model model,
            java.util.function.Supplier<DisclosureRequest> work, String flash) {
        return FormAction.act(form, redirect, "/console/disclosure/requests/" + id, () -> {
            work.get();
            return text(flash);
        }, () -> requestPage(id, model, form, null));
    }

    private String reportStep(long id, FormInput form, RedirectAttributes redirect, Model model,
            java.util.function.Supplier<AnnualReport> work, String flash) {
        return FormAction.act(form, redirect, "/console/disclosure/reports/" + id, () -> {
            work.get();
            return text(flash);
        }, () -> reportPage(id, model, form));
    }

    private String listPage(RequestStatus status, Integer page, Model model, FormInput form) {
        var result = requests.list(status, PageQuery.of(page, 50));
        model.addAttribute("page", result);
        model.addAttribute("status", status);
        model.addAttribute("statuses", RequestStatus.values());
        model.addAttribute("channels", new Channel[] {Channel.POST, Channel.COUNTER});
        model.addAttribute("types", RequesterType.values());
        model.addAttribute("units", units.visibleTree());
        model.addAttribute("names", units.names(result.items().stream().map(DisclosureRequest::unitId).toList()));
        model.addAttribute("today", today());
        form.addTo(model);
        return "disclosure/requests";
    }

    /** A file the request came with (another unit's request: 404). */
    @GetMapping("/requests/{id}/attachments/{attachmentId}")
    ResponseEntity<Resource> attachment(@PathVariable long id, @PathVariable long attachmentId) {
        RequestAttachment a = requests.attachment(id, attachmentId);
        StoredFile f = files.get(a.fileId());
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(f.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(f.originalName(), StandardCharsets.UTF_8).build().toString())
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .header("X-Content-Type-Options", "nosniff").header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(files.content(a.fileId()));
    }

    private String requestPage(long id, Model model, FormInput form, RequesterIdentity identity) {
        DisclosureRequest r = requests.request(id);
        model.addAttribute("r", r);
        model.addAttribute("guide", guide(guide.of(id)));
        model.addAttribute("unitName", units.name(r.unitId()));
        model.addAttribute("reply", r.replyDeadlineId() == null ? null : deadlines.find(r.replyDeadlineId())
                .orElse(null));
        model.addAttribute("reasons", ReplyReason.values());
        model.addAttribute("identity", identity);
        model.addAttribute("attachments", requests.attachments(id));
        model.addAttribute("today", today());
        form.addTo(model);
        return "disclosure/request";
    }

    private String reportsPage(Integer year, Model model, FormInput form) {
        model.addAttribute("reports", reports.reports(year));
        model.addAttribute("units", units.visibleTree());
        model.addAttribute("kinds", ReportKind.values());
        form.addTo(model);
        return "disclosure/reports";
    }

    private String reportPage(long id, Model model, FormInput form) {
        AnnualReport a = reports.report(id);
        model.addAttribute("a", a);
        model.addAttribute("guide", guide(reports.guide(id)));
        model.addAttribute("rows", Table3Row.values());
        model.addAttribute("types", RequesterType.values());
        model.addAttribute("routes", RemedyRoute.values());
        model.addAttribute("outcomes", RemedyOutcome.values());
        Map<String, String> cellLabels = new LinkedHashMap<>();
        a.table2().forEach(c -> cellLabels.put(c.key(), text("disclosure.cell." + c.key())));
        for (RemedyRoute route : RemedyRoute.values()) {
            for (RemedyOutcome o : RemedyOutcome.values()) {
                cellLabels.put(AnnualReport.table4Key(route, o), text("disclosure.t4.route." + route.name()) + " "
                        + text("disclosure.t4.outcome." + o.name()));
            }
        }
        model.addAttribute("cellLabels", cellLabels);
        form.addTo(model);
        return "disclosure/report";
    }

    private GuideView guide(Guide<?> g) {
        Map<String, String> refused = new LinkedHashMap<>();
        for (StepCheck s : g.steps()) {
            refused.put(s.step(), s.allowed() ? "" : text(s.messageKey(), s.args().toArray()));
        }
        return new GuideView(text(g.nextKey(), g.nextArgs().toArray()), refused);
    }

    private java.time.LocalDate today() {
        return java.time.LocalDate.now(clock);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
