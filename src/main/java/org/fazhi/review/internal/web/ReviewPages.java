package org.fazhi.review.internal.web;

import org.fazhi.review.ReviewOverview;
import org.fazhi.shared.web.FormAction;

import org.fazhi.shared.web.Allowed;
import org.fazhi.shared.web.FormInput;
import org.fazhi.shared.excel.SpreadsheetDownload;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.fazhi.review.ConclusionRequest;
import org.fazhi.review.LegalAdvisers;
import org.fazhi.review.LegalityReviews;
import org.fazhi.review.RequiredChange;
import org.fazhi.review.ReviewOutcome;
import org.fazhi.review.LegalityReview;
import org.fazhi.review.ReviewStatus;
import org.fazhi.review.ReviewTextSource;
import org.fazhi.review.ReviewType;
import org.fazhi.review.ReviewedText;
import org.fazhi.review.TextDiff;
import org.fazhi.review.internal.web.ReviewViews.RequestView;
import org.fazhi.shared.Actor;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.PageQuery;
import org.fazhi.shared.PageResult;
import org.fazhi.shared.RefusedException;
import org.fazhi.units.DataScope;
import org.fazhi.units.Role;
import org.fazhi.units.UserDirectory;
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
 * 审核工作台 (/console/review): the desk's queue (overdue first, with the clock in working days) and
 * every request the user may see; a request with the exact text under review beside its 起草说明
 * and 制定依据, the earlier rounds of the same subject with their required changes and whether each
 * was made, the comparison with the version reviewed before, and the desk's actions.
 */
@Controller
@RequestMapping("/console/review")
@Allowed.ProcedureReaders
class ReviewPages {

    /** A required change with the number of the version it was made in (null: not yet). */
    public record ChangeRow(RequiredChange change, Integer madeInVersionNo) {
    }

    /** An earlier (or later) round of the same subject. */
    public record RoundRow(RequestView view, List<ChangeRow> changes) {
    }

    private final LegalityReviews reviews;
    private final LegalAdvisers advisers;
    private final ReviewViews views;
    private final DataScope scope;
    private final UserDirectory users;
    private final Map<String, ReviewTextSource> sources;
    private final Validator validator;
    private final MessageSource messages;

    ReviewPages(LegalityReviews reviews, LegalAdvisers advisers, ReviewViews views, DataScope scope,
            UserDirectory users, List<ReviewTextSource> sources, Validator validator, MessageSource messages) {
        this.reviews = reviews;
        this.advisers = advisers;
        this.views = views;
        this.scope = scope;
        this.users = users;
        this.sources = sources.stream().collect(Collectors.toMap(ReviewTextSource::module, Function.identity()));
        this.validator = validator;
        this.messages = messages;
    }

    @GetMapping
    String queue(@RequestParam(required = false) String type, Model model) {
        ReviewType t = type(type);
        List<RequestView> rows = views.views(queue(t));
        model.addAttribute("rows", rows);
        model.addAttribute("type", t == null ? "" : t.name());
        model.addAttribute("types", ReviewType.values());
        model.addAttribute("overdue", rows.stream().filter(r -> r.clock().overdue()).count());
        model.addAttribute("paused", rows.stream().filter(r -> r.clock().paused()).count());
        model.addAttribute("today", views.today());
        return "review/queue";
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> exportQueue(@RequestParam(required = false) String type) {
        return export(text("review.queue.title"), views.views(queue(type(type))));
    }

    @GetMapping("/requests")
    String requests(@RequestParam(required = false) String status, @RequestParam(required = false) String type,
            @RequestParam(required = false) Integer page, Model model) {
        ReviewStatus s = status(status);
        ReviewType t = type(type);
        PageResult<LegalityReview> result = reviews.list(s, t, PageQuery.of(page == null || page < 0 ? 0 : page, 50));
        model.addAttribute("page", result);
        model.addAttribute("rows", views.views(result.items()));
        model.addAttribute("status", s == null ? "" : s.name());
        model.addAttribute("type", t == null ? "" : t.name());
        model.addAttribute("statuses", ReviewStatus.values());
        model.addAttribute("types", ReviewType.values());
        model.addAttribute("query", "status=" + (s == null ? "" : s.name()) + "&type=" + (t == null ? "" : t.name()));
        return "review/requests";
    }

    @GetMapping("/requests/export")
    ResponseEntity<byte[]> exportRequests(@RequestParam(required = false) String status,
            @RequestParam(required = false) String type) {
        List<LegalityReview> all = new ArrayList<>();
        for (int p = 0; p < 100; p++) {
            PageResult<LegalityReview> result = reviews.list(status(status), type(type), new PageQuery(p, 200));
            all.addAll(result.items());
            if (result.items().size() < 200) {
                break;
            }
        }
        return export(text("review.requests.title"), views.views(all));
    }

    @GetMapping("/requests/{id}")
    String request(@PathVariable long id, Model model) {
        return detail(id, model, FormInput.empty(messages));
    }

    @PostMapping("/requests/{id}/materials-request")
    String requestMaterials(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = FormInput.of("materials", params, messages);
        return act(id, form, model, redirect, "review.flash.materials-requested",
                () -> reviews.requestMaterials(id, form.text("reason")));
    }

    @PostMapping("/requests/{id}/materials-received")
    String materialsReceived(@PathVariable long id, Model model, RedirectAttributes redirect) {
        FormInput form = FormInput.of("received", Map.of(), messages);
        return act(id, form, model, redirect, "review.flash.materials-received", () -> reviews.materialsReceived(id));
    }

    @PostMapping("/requests/{id}/consultations")
    String consult(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = FormInput.of("consult", params, messages);
        Long adviserId = form.id("adviserId");
        var on = form.date("consultedOn");
        if (adviserId == null && form.ok()) {
            form.field("adviserId", text("review.form.adviser-required"));
        }
        return act(id, form, model, redirect, "review.flash.consulted",
                () -> reviews.consult(id, adviserId, on, form.text("opinion")));
    }

    @PostMapping("/requests/{id}/conclusion")
    String conclude(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = FormInput.of("conclude", params, messages);
        ReviewOutcome outcome = form.choice("outcome", ReviewOutcome.class);
        ConclusionRequest c = form.valid(new ConclusionRequest(outcome, form.text("opinion"), changes(form.raw("requiredChanges")),
                form.text("earlyReason"), form.integer("version")), validator);
        return act(id, form, model, redirect, "review.flash.concluded", () -> reviews.conclude(id, c));
    }

    @PostMapping("/requests/{id}/withdrawal")
    String withdraw(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = FormInput.of("withdraw", params, messages);
        return act(id, form, model, redirect, "review.flash.withdrawn",
                () -> reviews.withdraw(id, form.text("reason")));
    }

    /** One required change per line; a leading "1." "1、" "（一）" is dropped. */
    static List<String> changes(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return text.lines().map(String::strip)
                .map(l -> l.replaceFirst("^(\\d{1,3}[.、．)）]|[（(][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}、)\\s*", ""))
                .filter(l -> !l.isEmpty()).toList();
    }

    private String act(long id, FormInput form, Model model, RedirectAttributes redirect, String done,
            Runnable action) {
        return FormAction.act(form, redirect, "/console/review/requests/" + id, () -> {
            action.run();
            return text(done);
        }, () -> detail(id, model, form));
    }

    private String detail(long id, Model model, FormInput form) {
        ReviewOverview overview = reviews.overview(id);
        LegalityReview r = overview.request();
        List<LegalityReview> others = overview.otherRounds();
        ReviewTextSource source = sources.get(r.subject().module());
        Map<Long, ReviewedText> texts = new HashMap<>();
        java.util.function.Function<Long, ReviewedText> text = versionId -> versionId == null || source == null ? null
                : texts.computeIfAbsent(versionId, v -> source.text(r.subject().subjectType(),
                        r.subject().subjectId(), v).orElse(null));
        ReviewedText under = text.apply(r.subject().versionId());
        model.addAttribute("view", views.view(r));
        model.addAttribute("r", r);
        model.addAttribute("under", under);
        model.addAttribute("verified", under != null && Objects.equals(under.sha256(), r.subject().versionSha256()));
        model.addAttribute("changes", changeRows(r, text));
        model.addAttribute("rounds", others.stream().map(o -> new RoundRow(views.view(o), changeRows(o, text)))
                .toList());
        LegalityReview previous = others.stream().filter(o -> o.id() < r.id() && o.status() == ReviewStatus.CONCLUDED)
                .max(Comparator.comparing(LegalityReview::id)).orElse(null);
        if (previous != null && previous.subject().versionId() != r.subject().versionId() && under != null) {
            ReviewedText before = text.apply(previous.subject().versionId());
            if (before != null) {
                model.addAttribute("diffFrom", before);
                model.addAttribute("diff", TextDiff.lines(before.body(), under.body()));
            }
        } else if (under != null && r.status() == ReviewStatus.CONCLUDED) {
            r.requiredChanges().stream().map(RequiredChange::madeInVersionId).filter(Objects::nonNull)
                    .max(Long::compare).map(text).ifPresent(after -> {
                        model.addAttribute("diffTo", after);
                        model.addAttribute("diff", TextDiff.lines(under.body(), after.body()));
                    });
        }
        model.addAttribute("guide", overview.guide());
        model.addAttribute("canReview", overview.deskMayAct());
        model.addAttribute("advisers", advisers.withUses(views.today().getYear()).stream()
                .map(LegalAdvisers.AdviserUse::adviser).filter(a -> a.engagedOn(views.today())).toList());
        model.addAttribute("outcomes", ReviewOutcome.values());
        model.addAttribute("today", views.today());
        if (form.raw("consultedOn").isEmpty()) {
            form.put("consultedOn", views.today());
        }
        form.addTo(model);
        return "review/request";
    }

    private List<ChangeRow> changeRows(LegalityReview r, Function<Long, ReviewedText> text) {
        return r.requiredChanges().stream().map(c -> {
            ReviewedText made = c.madeInVersionId() == null ? null : text.apply(c.madeInVersionId());
            return new ChangeRow(c, made == null ? null : made.versionNo());
        }).toList();
    }

    private List<LegalityReview> queue(ReviewType type) {
        return reviews.queue().stream().filter(r -> type == null || r.type() == type).toList();
    }

    private ResponseEntity<byte[]> export(String title, List<RequestView> rows) {
        List<String> headers = List.of(text("review.col.title"), text("review.col.type"), text("review.col.round"),
                text("review.col.submitting-unit"), text("review.col.desk"), text("review.col.received"),
                text("review.col.earliest"), text("review.col.due"), text("review.col.status"),
                text("review.col.outcome"), text("review.col.concluded"), text("review.col.reviewer"));
        List<List<?>> data = rows.stream().<List<?>>map(v -> java.util.Arrays.asList(v.request().subject().title(),
                text("review.type." + v.request().type()), v.request().round(), v.submittingUnit(), v.deskUnit(),
                v.request().receivedOn(), v.request().earliestConclusion(), v.request().dueOn(),
                text("review.status." + v.request().status()),
                v.request().outcome() == null ? "" : text("review.outcome." + v.request().outcome()),
                v.request().concludedOn(), v.reviewer())).toList();
        return SpreadsheetDownload.of(title, title, headers, data);
    }

    private static ReviewType type(String type) {
        if (type == null || type.isBlank()) {
            return null;
        }
        for (ReviewType t : ReviewType.values()) {
            if (t.name().equals(type)) {
                return t;
            }
        }
        throw InvalidInputException.field("type", "problem.type-mismatch");
    }

    private static ReviewStatus status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        for (ReviewStatus s : ReviewStatus.values()) {
            if (s.name().equals(status)) {
                return s;
            }
        }
        throw InvalidInputException.field("status", "problem.type-mismatch");
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
