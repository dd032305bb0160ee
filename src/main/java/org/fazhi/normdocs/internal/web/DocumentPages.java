package org.fazhi.normdocs.internal.web;

import org.fazhi.normdocs.DocumentOverview;
import org.fazhi.normdocs.DocumentOverviews;
import org.fazhi.normdocs.VersionComparison;
import org.fazhi.shared.web.Allowed;
import org.fazhi.shared.web.FormAction;

import org.fazhi.shared.web.FormInput;
import org.fazhi.shared.excel.SpreadsheetDownload;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fazhi.normdocs.DocumentStatus;
import org.fazhi.normdocs.DocumentVersion;
import org.fazhi.normdocs.DraftRequest;
import org.fazhi.normdocs.DraftingPlans;
import org.fazhi.normdocs.IssuingBodies;
import org.fazhi.normdocs.IssuingBody;
import org.fazhi.normdocs.NormativeDocument;
import org.fazhi.normdocs.NormativeDocuments;
import org.fazhi.normdocs.PlanItem;
import org.fazhi.normdocs.Validity;
import org.fazhi.normdocs.VersionRequest;
import org.fazhi.review.ReviewOutcome;
import org.fazhi.review.LegalityReview;
import org.fazhi.review.ReviewStatus;
import org.fazhi.review.TextDiff;
import org.fazhi.shared.Actor;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.PageQuery;
import org.fazhi.shared.PageResult;
import org.fazhi.shared.RefusedException;
import org.fazhi.units.DataScope;
import org.fazhi.units.Unit;
import org.fazhi.units.Units;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
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
 * 规范性文件 (/console/normdocs): the documents the user may see with filters and the Excel export,
 * starting a document (listed bodies only), the document page, its versions, a new version (answering
 * each required change of a 修改后合法 review), and the comparison of two versions.
 */
@Controller
@RequestMapping("/console/normdocs")
@Allowed.ProcedureReaders
class DocumentPages {
    static final List<String> FILTERS = List.of("issuingBodyId", "year", "status", "validity", "q", "page");

    private final NormativeDocuments documents;
    private final DocumentOverviews overviews;
    private final IssuingBodies bodies;
    private final DraftingPlans plans;
    private final DocumentViews views;
    private final DataScope scope;
    private final Validator validator;
    private final MessageSource messages;

    DocumentPages(NormativeDocuments documents, DocumentOverviews overviews, IssuingBodies bodies,
            DraftingPlans plans, DocumentViews views, DataScope scope, Validator validator, MessageSource messages) {
        this.documents = documents;
        this.overviews = overviews;
        this.bodies = bodies;
        this.plans = plans;
        this.views = views;
        this.scope = scope;
        this.validator = validator;
        this.messages = messages;
    }

    /** The list filters as typed. */
    record Filter(Long issuingBodyId, Integer year, DocumentStatus status, Validity validity, String q, int page) {
    }

    @GetMapping
    String list(@RequestParam Map<String, String> params, Model model) {
        FormInput form = filterForm(params);
        Filter f = filter(form);
        PageResult<NormativeDocument> page = documents.list(f.issuingBodyId(), f.year(), f.status(), f.validity(),
                f.q(), new PageQuery(f.page(), 30));
        model.addAttribute("page", page);
        model.addAttribute("rows", views.rows(page.items()));
        model.addAttribute("bodies", bodies.all());
        model.addAttribute("statuses", DocumentStatus.values());
        model.addAttribute("validities", Validity.values());
        model.addAttribute("years", java.util.stream.IntStream.rangeClosed(2000, views.today().getYear()).boxed()
                .sorted(java.util.Comparator.reverseOrder()).toList());
        model.addAttribute("query", query(form));
        form.addTo(model);
        return "normdocs/documents";
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export(@RequestParam Map<String, String> params) {
        Filter f = filter(filterForm(params));
        List<NormativeDocument> all = new ArrayList<>();
        for (int p = 0; p < 500; p++) {
            PageResult<NormativeDocument> page = documents.list(f.issuingBodyId(), f.year(), f.status(), f.validity(),
                    f.q(), new PageQuery(p, 200));
            all.addAll(page.items());
            if (page.items().size() < 200) {
                break;
            }
        }
        return SpreadsheetDownload.of(views.text("normdocs.list.title"), views.text("normdocs.list.title"), views.columns(),
                views.rows(all).stream().map(views::cells).toList());
    }

    @GetMapping("/new")
    @Allowed.Drafters
    String newDocument(@RequestParam(required = false) Long planItemId, Model model) {
        FormInput form = FormInput.empty(messages).put("unitId", scope.homeUnitId()).put("affectsRights", "true");
        if (planItemId != null) {
            PlanItem item = plans.get(planItemId);
            form.put("planItemId", item.id()).put("issuingBodyId", item.issuingBodyId()).put("title", item.title())
                    .put("unitId", item.draftingUnitId());
        }
        return newForm(model, form);
    }

    @PostMapping
    @Allowed.Drafters
    String create(@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        FormInput form = FormInput.of("create", params, messages);
        DraftRequest r = form.valid(new DraftRequest(form.id("issuingBodyId"), form.id("unitId"),
                form.id("planItemId"), form.text("title"), bool(form, "affectsRights"), form.text("body"),
                form.text("draftingNotes"), form.text("basis"), form.text("noConsultationReason")), validator);
        return FormAction.act(form, redirect, () -> {
            NormativeDocument d = documents.create(r);
            return new FormAction.Done(views.text("normdocs.flash.created", d.title()), "/console/normdocs/" + d.id());
        }, () -> newForm(model, form));
    }

    @GetMapping("/{id}")
    String document(@PathVariable long id, Model model) {
        return views.detail(id, model, FormInput.empty(messages));
    }

    @GetMapping("/{id}/versions/{versionId}")
    String version(@PathVariable long id, @PathVariable long versionId, Model model) {
        VersionComparison c = documents.compare(id, null, versionId);
        model.addAttribute("d", c.document());
        model.addAttribute("v", c.to());
        model.addAttribute("createdAt", views.dateTime(c.to().createdAt()));
        return "normdocs/version";
    }

    @GetMapping("/{id}/compare")
    String compare(@PathVariable long id, @RequestParam(required = false) Long from,
            @RequestParam(required = false) Long to, Model model) {
        VersionComparison c = documents.compare(id, from, to);
        DocumentVersion a = c.from();
        DocumentVersion b = c.to();
        model.addAttribute("d", c.document());
        model.addAttribute("versions", c.versions());
        model.addAttribute("a", a);
        model.addAttribute("b", b);
        model.addAttribute("titleChanged", !a.title().equals(b.title()));
        model.addAttribute("diff", TextDiff.lines(a.body(), b.body()));
        model.addAttribute("notesDiff", TextDiff.lines(nz(a.draftingNotes()), nz(b.draftingNotes())));
        model.addAttribute("basisDiff", TextDiff.lines(nz(a.basis()), nz(b.basis())));
        return "normdocs/compare";
    }

    @GetMapping("/{id}/versions/new")
    @Allowed.Drafters
    String newVersion(@PathVariable long id, Model model) {
        DocumentOverview o = overviews.of(id);
        DocumentVersion current = o.currentVersion();
        FormInput form = FormInput.empty(messages).put("title", current.title()).put("body", current.body())
                .put("draftingNotes", current.draftingNotes()).put("basis", current.basis())
                .put("version", o.document().version());
        return versionForm(o, model, form);
    }

    @PostMapping("/{id}/versions")
    @Allowed.Drafters
    String addVersion(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = FormInput.of("version", params, messages);
        Long answers = form.id("answersReviewId");
        List<VersionRequest.ChangeResponse> responses = new ArrayList<>();
        DocumentOverview o = overviews.of(id);
        LegalityReview review = o.changesToAnswer().orElse(null);
        if (answers != null && review != null && review.id().equals(answers)) {
            review.requiredChanges().forEach(c -> {
                String response = form.text("response-" + c.itemNo());
                if (response == null) {
                    form.field("response-" + c.itemNo(), views.text("normdocs.form.change-response-required"));
                } else if (response.length() > 2000) {
                    form.field("response-" + c.itemNo(), views.text("normdocs.form.too-long", "2000"));
                }
                responses.add(new VersionRequest.ChangeResponse(c.itemNo(), response));
            });
        }
        VersionRequest r = form.valid(new VersionRequest(form.text("title"), form.text("body"),
                form.text("draftingNotes"), form.text("basis"), form.text("changeSummary"), answers,
                responses.stream().filter(x -> x.response() != null).toList(), form.integer("version")), validator);
        return FormAction.act(form, redirect, "/console/normdocs/" + id + "#versions", () -> {
            DocumentVersion v = documents.addVersion(id, r);
            return views.text("normdocs.flash.version-added", String.valueOf(v.versionNo()));
        }, () -> versionForm(o, model, form));
    }

    private String versionForm(DocumentOverview o, Model model, FormInput form) {
        model.addAttribute("d", o.document());
        model.addAttribute("guide", views.guide(o.guide()));
        model.addAttribute("review", o.changesToAnswer().orElse(null));
        form.addTo(model);
        return "normdocs/version-form";
    }

    private String newForm(Model model, FormInput form) {
        model.addAttribute("bodies", bodies.forDrafting());
        model.addAttribute("units", scope.visibleUnits());
        int year = views.today().getYear();
        List<PlanItem> items = new ArrayList<>(plans.ofYear(year));
        items.addAll(plans.ofYear(year - 1));
        model.addAttribute("planItems", items);
        form.addTo(model);
        return "normdocs/new";
    }

    private FormInput filterForm(Map<String, String> params) {
        Map<String, String> clean = new LinkedHashMap<>();
        for (String f : FILTERS) {
            String v = params.getOrDefault(f, "").strip();
            clean.put(f, v.length() > 100 ? v.substring(0, 100) : v);
        }
        return FormInput.of("filter", clean, messages);
    }

    private Filter filter(FormInput form) {
        Integer page = form.integer("page");
        Integer year = form.integer("year");
        if (year != null && (year < 1900 || year > 2200)) {
            form.field("year", views.text("problem.type-mismatch"));
            year = null;
        }
        return new Filter(form.id("issuingBodyId"), year,
                form.choice("status", DocumentStatus.class), form.choice("validity", Validity.class), form.text("q"),
                page == null || page < 0 || page > 100_000 ? 0 : page);
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

    private static Boolean bool(FormInput form, String field) {
        String v = form.raw(field);
        return v.isEmpty() ? null : Boolean.valueOf("true".equals(v));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
