package org.fazhi.reconsideration.internal.web;

import jakarta.validation.Validator;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fazhi.files.FileStore;
import org.fazhi.files.StoredFile;
import org.fazhi.reconsideration.Applications;
import org.fazhi.reconsideration.CaseAttachment;
import org.fazhi.reconsideration.CaseOverviews;
import org.fazhi.reconsideration.CaseStatus;
import org.fazhi.reconsideration.PublicApplications;
import org.fazhi.reconsideration.ReconsiderationBodies;
import org.fazhi.reconsideration.ReconsiderationBody;
import org.fazhi.reconsideration.ReconsiderationCase;
import org.fazhi.reconsideration.internal.ApplicationForm;
import org.fazhi.shared.PageQuery;
import org.fazhi.shared.PageResult;
import org.fazhi.shared.excel.SpreadsheetDownload;
import org.fazhi.shared.web.Allowed;
import org.fazhi.shared.web.FormAction;
import org.fazhi.shared.web.FormInput;
import org.fazhi.units.Unit;
import org.fazhi.units.Units;
import org.springframework.context.MessageSource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * 行政复议 (/console/reconsideration): the cases the user may see (handled by or against the user's
 * units) with filters and the Excel export, entering an application received by post, at the counter,
 * orally or through the penalising agency (the receipt number and code shown once), the case page and
 * its files.
 */
@Controller
@RequestMapping("/console/reconsideration")
@Allowed.Staff
class CasePages {

    static final List<String> FILTERS = List.of("bodyId", "status", "year", "q", "page");

    private final CaseOverviews overviews;
    private final Applications applications;
    private final ReconsiderationBodies bodies;
    private final PublicApplications respondents;
    private final CaseViews views;
    private final FileStore files;
    private final Units units;
    private final Validator validator;
    private final MessageSource messages;

    CasePages(CaseOverviews overviews, Applications applications, ReconsiderationBodies bodies,
            PublicApplications respondents, CaseViews views, FileStore files, Units units, Validator validator,
            MessageSource messages) {
        this.overviews = overviews;
        this.applications = applications;
        this.bodies = bodies;
        this.respondents = respondents;
        this.views = views;
        this.files = files;
        this.units = units;
        this.validator = validator;
        this.messages = messages;
    }

    record Row(ReconsiderationCase c, String body, String respondent) {
    }

    @GetMapping
    String list(@RequestParam Map<String, String> params, Model model) {
        FormInput form = filterForm(params);
        Integer year = form.integer("year");
        Integer page = form.integer("page");
        PageResult<ReconsiderationCase> result = overviews.list(form.id("bodyId"), form.choice("status", CaseStatus.class),
                year == null || year < 2000 || year > 2100 ? null : year, form.text("q"),
                new PageQuery(page == null || page < 0 || page > 100_000 ? 0 : page, 30));
        model.addAttribute("page", result);
        model.addAttribute("rows", rows(result.items()));
        model.addAttribute("bodies", bodies.active());
        model.addAttribute("statuses", CaseStatus.values());
        model.addAttribute("years", java.util.stream.IntStream.rangeClosed(2020, views.today().getYear()).boxed()
                .sorted(java.util.Comparator.reverseOrder()).toList());
        model.addAttribute("query", query(form));
        form.addTo(model);
        return "reconsideration/cases";
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export(@RequestParam Map<String, String> params) {
        FormInput form = filterForm(params);
        Integer year = form.integer("year");
        List<ReconsiderationCase> all = new ArrayList<>();
        for (int p = 0; p < 500; p++) {
            PageResult<ReconsiderationCase> result = overviews.list(form.id("bodyId"),
                    form.choice("status", CaseStatus.class), year == null || year < 2000 || year > 2100 ? null : year,
                    form.text("q"), new PageQuery(p, 200));
            all.addAll(result.items());
            if (result.items().size() < 200) {
                break;
            }
        }
        List<String> columns = views.labels(List.of("reconsideration.col.receipt", "reconsideration.col.body",
                "reconsideration.col.respondent", "reconsideration.col.act", "reconsideration.col.received",
                "reconsideration.col.status", "reconsideration.col.procedure", "reconsideration.col.accepted",
                "reconsideration.col.outcome", "reconsideration.col.closed"));
        return SpreadsheetDownload.of(views.text("reconsideration.list.title"), views.text("reconsideration.list.title"),
                columns, rows(all).stream().<List<?>>map(r -> java.util.Arrays.asList(r.c().receiptNo(), r.body(),
                        r.respondent(), r.c().act().description(), r.c().receivedOn(),
                        views.text("reconsideration.status." + r.c().status()),
                        r.c().procedure() == null ? "" : views.text("reconsideration.procedure." + r.c().procedure()),
                        r.c().acceptance().acceptedOn(),
                        r.c().decision().outcome() == null ? ""
                                : views.text("reconsideration.outcome." + r.c().decision().outcome()),
                        r.c().closedOn())).toList());
    }

    @GetMapping("/new")
    @Allowed.CaseHandlers
    String newApplication(Model model) {
        FormInput form = FormInput.empty(messages).put("receivedOn", views.today()).put("channel", "POST")
                .put("informedOfRight", "true");
        List<ReconsiderationBody> mine = bodies.handledByActor();
        if (!mine.isEmpty()) {
            form.put("bodyId", mine.get(0).id());
        }
        return newForm(model, form);
    }

    @PostMapping
    @Allowed.CaseHandlers
    String create(@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        FormInput form = FormInput.of("create", params, messages);
        var r = form.valid(ApplicationForm.staff(form, views.text("problem.type-mismatch")), validator);
        return FormAction.act(form, redirect, () -> {
            Applications.Submitted s = applications.enter(r);
            return new FormAction.Done(views.text("reconsideration.flash.entered", s.application().receiptNo(),
                    s.verificationCode()), "/console/reconsideration/" + s.application().id());
        }, () -> newForm(model, form));
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        return views.detail(id, model, FormInput.empty(messages));
    }

    @GetMapping("/{id}/attachments/{attachmentId}")
    ResponseEntity<Resource> download(@PathVariable long id, @PathVariable long attachmentId) {
        CaseAttachment a = overviews.attachment(id, attachmentId);
        StoredFile f = files.get(a.fileId());
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(f.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(f.originalName(), StandardCharsets.UTF_8).build().toString())
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .header("X-Content-Type-Options", "nosniff").header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(files.content(a.fileId()));
    }

    private String newForm(Model model, FormInput form) {
        Map<ReconsiderationBody, List<Unit>> choices = new LinkedHashMap<>();
        for (ReconsiderationBody b : bodies.handledByActor()) {
            choices.put(b, respondents.respondents(b.id()));
        }
        model.addAttribute("bodies", choices);
        model.addAttribute("today", views.today());
        views.choices(model);
        form.addTo(model);
        return "reconsideration/new";
    }

    private List<Row> rows(List<ReconsiderationCase> cases) {
        Map<Long, String> bodyNames = new LinkedHashMap<>();
        bodies.active().forEach(b -> bodyNames.put(b.id(), b.name()));
        Map<Long, String> names = units.names(cases.stream().map(ReconsiderationCase::respondentUnitId).distinct()
                .toList());
        return cases.stream().map(c -> new Row(c, bodyNames.getOrDefault(c.bodyId(), ""),
                names.getOrDefault(c.respondentUnitId(), ""))).toList();
    }

    private FormInput filterForm(Map<String, String> params) {
        Map<String, String> clean = new LinkedHashMap<>();
        for (String f : FILTERS) {
            String v = params.getOrDefault(f, "").strip();
            clean.put(f, v.length() > 100 ? v.substring(0, 100) : v);
        }
        return FormInput.of("filter", clean, messages);
    }

    private static String query(FormInput form) {
        UriComponentsBuilder b = UriComponentsBuilder.newInstance();
        for (String f : FILTERS) {
            if (!"page".equals(f) && !form.raw(f).isEmpty()) {
                b.queryParam(f, form.raw(f));
            }
        }
        String q = b.encode().build().getQuery();
        return q == null ? "" : q;
    }
}
