package org.fazhi.litigation.internal.web;

import jakarta.servlet.http.HttpSession;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fazhi.litigation.FilingBasis;
import org.fazhi.litigation.LitigationCase;
import org.fazhi.litigation.LitigationCases;
import org.fazhi.litigation.LitigationOverviews;
import org.fazhi.litigation.LitigationRequest;
import org.fazhi.litigation.LitigationStatus;
import org.fazhi.litigation.PlaintiffType;
import org.fazhi.litigation.Stage;
import org.fazhi.shared.PageQuery;
import org.fazhi.shared.PageResult;
import org.fazhi.shared.NotFoundException;
import org.fazhi.shared.excel.ProtectedExports;
import org.fazhi.shared.excel.SpreadsheetDownload;
import org.fazhi.shared.excel.SpreadsheetWriter;
import org.fazhi.shared.web.Allowed;
import org.fazhi.shared.web.FormAction;
import org.fazhi.shared.web.FormInput;
import org.fazhi.units.Units;
import org.springframework.context.MessageSource;
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
 * 行政应诉 (/console/litigation): the suits against the units the user may see, with filters and the
 * Excel export, entering a suit as served, and the case page.
 */
@Controller
@RequestMapping("/console/litigation")
@Allowed.Staff
class LitigationPages {

    static final List<String> FILTERS = List.of("stage", "status", "year", "q", "page");

    private final LitigationOverviews overviews;
    private final LitigationCases cases;
    private final LitigationViews views;
    private final Units units;
    private final Validator validator;
    private final MessageSource messages;

    LitigationPages(LitigationOverviews overviews, LitigationCases cases, LitigationViews views, Units units,
            Validator validator, MessageSource messages) {
        this.overviews = overviews;
        this.cases = cases;
        this.views = views;
        this.units = units;
        this.validator = validator;
        this.messages = messages;
    }

    record Row(LitigationCase c, String unit) {
    }

    @GetMapping
    String list(@RequestParam Map<String, String> params, Model model) {
        FormInput form = filterForm(params);
        Integer page = form.integer("page");
        PageResult<LitigationCase> result = overviews.list(form.choice("stage", Stage.class),
                form.choice("status", LitigationStatus.class), year(form), form.text("q"),
                new PageQuery(page == null || page < 0 || page > 100_000 ? 0 : page, 30));
        model.addAttribute("page", result);
        model.addAttribute("rows", rows(result.items()));
        model.addAttribute("years", views.years());
        model.addAttribute("query", query(form));
        views.choices(model);
        form.addTo(model);
        return "litigation/cases";
    }

    /** The list as a plain workbook, natural persons' names masked (SECURITY.md DC-03); the export is audited. */
    @GetMapping("/export")
    ResponseEntity<byte[]> export(@RequestParam Map<String, String> params) {
        List<LitigationCase> all = all(filterForm(params));
        cases.exportedMasked(all.size());
        return SpreadsheetDownload.of(views.text("litigation.list.title"), views.text("litigation.list.title"),
                columns(), cells(all, LitigationPages::exported));
    }

    /** The form of the export with names in full: the reason, the filters carried over. */
    @GetMapping("/export/protected")
    @Allowed.CaseHandlers
    String protectedExportForm(@RequestParam Map<String, String> params, Model model) {
        FormInput form = filterForm(params);
        form.addTo(model);
        model.addAttribute("filters", filterValues(form));
        return "litigation/export-protected";
    }

    /**
     * The list with natural persons' names in full (SECURITY.md DC-03): case handlers only, with a reason;
     * the workbook is encrypted under a password made for it and shown once on the page that follows,
     * which links to the one download. The reason and the form chosen are audited.
     */
    @PostMapping("/export/protected")
    @Allowed.CaseHandlers
    String protectedExport(@RequestParam Map<String, String> params, Model model, HttpSession session) {
        FormInput filters = filterForm(params);
        FormInput form = FormInput.of("export", Map.of("reason", params.getOrDefault("reason", "")), messages)
                .labels(Map.of("reason", "litigation.export.reason"));
        List<LitigationCase> all = all(filters);
        try {
            cases.exportedInFull(all.size(), form.text("reason"));
        } catch (RuntimeException e) {
            form.error(e);
            form.addTo(model);
            model.addAttribute("filters", filterValues(filters));
            return "litigation/export-protected";
        }
        ProtectedExports.Issued issued = ProtectedExports.park(session, views.text("litigation.export.protected-file"),
                out -> SpreadsheetWriter.write(out, views.text("litigation.list.title"), columns(),
                        cells(all, LitigationCase::plaintiff)));
        model.addAttribute("issued", issued);
        model.addAttribute("rows", all.size());
        return "litigation/export-issued";
    }

    /** The encrypted workbook, once: the copy kept in the session is removed by the download. */
    @GetMapping("/export/protected/{key}")
    @Allowed.CaseHandlers
    ResponseEntity<byte[]> protectedDownload(@PathVariable String key, HttpSession session) {
        return ProtectedExports.take(session, key)
                .orElseThrow(() -> new NotFoundException("litigation-export", key));
    }

    private List<LitigationCase> all(FormInput form) {
        List<LitigationCase> all = new ArrayList<>();
        for (int p = 0; p < 500; p++) {
            PageResult<LitigationCase> result = overviews.list(form.choice("stage", Stage.class),
                    form.choice("status", LitigationStatus.class), year(form), form.text("q"), new PageQuery(p, 200));
            all.addAll(result.items());
            if (result.items().size() < 200) {
                break;
            }
        }
        return all;
    }

    private List<String> columns() {
        return views.labels(List.of("litigation.col.court", "litigation.col.case-no",
                "litigation.col.unit", "litigation.col.cause", "litigation.col.plaintiff", "litigation.col.stage",
                "litigation.col.filed", "litigation.col.status", "litigation.col.outcome",
                "litigation.col.performed"));
    }

    private List<List<?>> cells(List<LitigationCase> all, java.util.function.Function<LitigationCase, String> plaintiff) {
        return rows(all).stream().<List<?>>map(r -> Arrays.asList(r.c().court(), r.c().caseNo(), r.unit(),
                r.c().cause(), plaintiff.apply(r.c()), views.text("litigation.stage." + r.c().stage()),
                r.c().filedOn(), views.text("litigation.status." + r.c().status()),
                r.c().judgment().outcome() == null ? ""
                        : views.text("litigation.outcome." + r.c().judgment().outcome()),
                r.c().performedOn())).toList();
    }

    private static Map<String, String> filterValues(FormInput form) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String f : FILTERS) {
            if (!"page".equals(f) && !form.raw(f).isEmpty()) {
                values.put(f, form.raw(f));
            }
        }
        return values;
    }

    @GetMapping("/new")
    @Allowed.CaseHandlers
    String newCase(Model model) {
        FormInput form = FormInput.empty(messages).put("stage", "FIRST_INSTANCE").put("filingBasis", "DIRECT")
                .put("informedOfPeriod", "true").put("filedOn", views.today());
        return newForm(model, form);
    }

    @PostMapping
    @Allowed.CaseHandlers
    String create(@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        FormInput form = FormInput.of("create", params, messages);
        String informed = form.raw("informedOfPeriod");
        var r = form.valid(new LitigationRequest(form.id("unitId"), form.choice("stage", Stage.class),
                form.id("previousCaseId"), form.text("court"), form.text("caseNo"), form.text("cause"),
                form.text("plaintiff"), form.choice("plaintiffType", PlaintiffType.class), form.text("actDescription"),
                form.choice("filingBasis", FilingBasis.class), form.date("actDate"), form.date("knowledgeDate"),
                informed.isEmpty() ? null : !"false".equals(informed), form.date("periodKnownDate"),
                form.date("reconsiderationReceivedOn"), form.date("dutyRequestedOn"), checked(form, "emergency"),
                checked(form, "realProperty"), form.date("filedOn"), form.date("complaintReceivedOn"),
                checked(form, "majorInterest"), checked(form, "disclosureSubject")), validator);
        return FormAction.act(form, redirect, () -> {
            LitigationCase c = cases.file(r);
            return new FormAction.Done(views.text("litigation.flash.filed", c.caseNo()), "/console/litigation/" + c.id());
        }, () -> newForm(model, form));
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        return views.detail(id, model, FormInput.empty(messages));
    }

    static boolean checked(FormInput f, String field) {
        return "true".equals(f.raw(field)) || "on".equals(f.raw(field));
    }

    private String newForm(Model model, FormInput form) {
        model.addAttribute("units", units.visibleTree());
        model.addAttribute("today", views.today());
        views.choices(model);
        form.addTo(model);
        return "litigation/new";
    }

    private List<Row> rows(List<LitigationCase> list) {
        Map<Long, String> names = units.names(list.stream().map(LitigationCase::unitId).distinct().toList());
        return list.stream().map(c -> new Row(c, names.getOrDefault(c.unitId(), ""))).toList();
    }

    private static Integer year(FormInput form) {
        Integer year = form.integer("year");
        return year == null || year < 2000 || year > 2100 ? null : year;
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

    /**
     * The plaintiff as the list export shows it (SECURITY.md DC-03): a natural person's name masked to its
     * first character, an organisation's name as it is. The spreadsheet leaves the console; the case page
     * shows the name to those handling the case.
     */
    static String exported(LitigationCase c) {
        String name = c.plaintiff();
        if (c.plaintiffType() != PlaintiffType.NATURAL_PERSON || name == null || name.isEmpty()) {
            return name;
        }
        int first = name.offsetByCodePoints(0, 1);
        return name.substring(0, first) + "*".repeat(Math.max(1, name.codePointCount(first, name.length())));
    }
}
