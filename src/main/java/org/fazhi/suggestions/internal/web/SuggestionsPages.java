package org.fazhi.suggestions.internal.web;

import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.fazhi.shared.PageQuery;
import org.fazhi.shared.excel.SpreadsheetDownload;
import org.fazhi.shared.procedure.Guide;
import org.fazhi.shared.procedure.StepCheck;
import org.fazhi.shared.web.Allowed;
import org.fazhi.shared.web.FormAction;
import org.fazhi.shared.web.FormInput;
import org.fazhi.suggestions.AnswerCategory;
import org.fazhi.suggestions.AnswerRequest;
import org.fazhi.suggestions.AssignRequest;
import org.fazhi.suggestions.ExtensionRequest;
import org.fazhi.suggestions.FeedbackRequest;
import org.fazhi.suggestions.OpinionRequest;
import org.fazhi.suggestions.ProposerContact;
import org.fazhi.suggestions.RegisterRequest;
import org.fazhi.suggestions.RevealRequest;
import org.fazhi.suggestions.Satisfaction;
import org.fazhi.suggestions.Suggestion;
import org.fazhi.suggestions.SuggestionKind;
import org.fazhi.suggestions.SuggestionOverview;
import org.fazhi.suggestions.SuggestionStatus;
import org.fazhi.suggestions.Suggestions;
import org.fazhi.suggestions.VersionRequest;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Suggestions and proposals in the console (/console/suggestions): the list of the caller's scope with the
 * registration form (the coordinating unit's 法治办), a suggestion's page with the guide, its units, rounds and
 * opinions, and the step forms (交办, 会办意见, the longer limit, 答复 with its document, the feedback form,
 * 公开答复, the contact revealed with a reason).
 */
@Controller
@RequestMapping("/console/suggestions")
@Allowed.Staff
class SuggestionsPages {

    /** The guide in words: the next step and, per step, allowed or why not. */
    record GuideView(String next, Map<String, String> refused) {

        public boolean allowed(String step) {
            return refused.containsKey(step) && refused.get(step).isEmpty();
        }
    }

    private final Suggestions suggestions;
    private final Units units;
    private final DataScope scope;
    private final Validator validator;
    private final MessageSource messages;
    private final java.time.Clock clock;

    SuggestionsPages(Suggestions suggestions, Units units, DataScope scope, Validator validator,
            MessageSource messages, java.time.Clock clock) {
        this.suggestions = suggestions;
        this.units = units;
        this.scope = scope;
        this.validator = validator;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String list(@RequestParam(required = false) SuggestionStatus status,
            @RequestParam(required = false) Integer page, Model model) {
        return listPage(status, page, model, FormInput.empty(messages).put("coordinatorUnitId", scope.homeUnitId())
                .put("kind", SuggestionKind.NPC_SUGGESTION.name()).put("receivedOn", today())
                .put("sessionYear", today().getYear()));
    }

    @PostMapping
    @Allowed.RuleOfLawOffice
    String register(@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        FormInput form = FormInput.of("register", params, messages).labels(Map.of("coordinatorUnitId",
                "suggestions.field.coordinator", "kind", "suggestions.field.kind", "number", "suggestions.field.number",
                "sessionName", "suggestions.field.session", "sessionYear", "suggestions.field.session-year",
                "proposers", "suggestions.field.proposers", "contact", "suggestions.field.contact", "title",
                "suggestions.field.title", "content", "suggestions.field.content", "receivedOn",
                "suggestions.field.received-on"));
        RegisterRequest r = form.valid(new RegisterRequest(form.id("coordinatorUnitId"),
                form.choice("kind", SuggestionKind.class), form.text("number"), form.text("sessionName"),
                form.integer("sessionYear"), form.text("proposers"), form.text("contact"), form.text("title"),
                form.text("content"), form.date("receivedOn"), "on".equals(form.raw("concernsNormdocs"))), validator);
        return FormAction.act(form, redirect, () -> {
            Suggestion s = suggestions.register(r);
            return new FormAction.Done(text("suggestions.flash.registered", s.number()), "/console/suggestions/"
                    + s.id());
        }, () -> listPage(null, null, model, form));
    }

    /**
     * The list as a spreadsheet (all suggestions of the caller's scope, of the status filtered on): the
     * proposers in their public role, never their contact (SECURITY.md DC-03), the export audited by the service.
     */
    @GetMapping("/export")
    ResponseEntity<byte[]> export(@RequestParam(required = false) SuggestionStatus status) {
        List<Suggestion> all = suggestions.export(status);
        List<Long> ids = new ArrayList<>();
        all.forEach(s -> {
            ids.add(s.coordinatorUnitId());
            if (s.leadUnitId() != null) {
                ids.add(s.leadUnitId());
            }
        });
        Map<Long, String> names = units.names(ids.stream().distinct().toList());
        List<String> columns = java.util.stream.Stream.of("suggestions.field.kind", "suggestions.field.number",
                "suggestions.field.session", "suggestions.field.proposers", "suggestions.field.title",
                "suggestions.field.received-on", "suggestions.field.coordinator", "suggestions.field.lead-unit",
                "suggestions.field.assigned-on", "suggestions.field.status", "suggestions.field.round",
                "suggestions.field.published-on").map(this::text).toList();
        List<List<?>> rows = all.stream().<List<?>>map(s -> java.util.Arrays.asList(
                text("suggestions.kind." + s.kind().name()), s.number(), s.sessionName(), s.proposers(), s.title(),
                s.receivedOn(), names.get(s.coordinatorUnitId()),
                s.leadUnitId() == null ? "" : names.get(s.leadUnitId()), s.assignedOn(),
                text("suggestions.status." + s.status().name()), s.round(), s.publishedOn())).toList();
        return SpreadsheetDownload.of(text("suggestions.list.title"), text("suggestions.list.title"), columns, rows);
    }

    @GetMapping("/{id}")
    String suggestion(@PathVariable long id, Model model) {
        return page(id, model, FormInput.empty(messages).put("on", today()), null);
    }

    @PostMapping("/{id}/assignment")
    @Allowed.Drafters
    String assign(@PathVariable long id, @RequestParam Map<String, String> params,
            @RequestParam(value = "coUnitIds", required = false) List<String> coUnits, Model model,
            RedirectAttributes redirect) {
        FormInput form = FormInput.of("assign", params, messages).labels(Map.of("leadUnitId",
                "suggestions.field.lead-unit", "coUnitIds", "suggestions.field.co-units", "on",
                "suggestions.field.assigned-on"));
        List<Long> ids = new ArrayList<>();
        for (String raw : coUnits == null ? List.<String>of() : coUnits) {
            if (raw == null || raw.isBlank()) {
                continue;
            }
            try {
                ids.add(Long.parseLong(raw.strip()));
            } catch (NumberFormatException e) {
                form.field("coUnitIds", text("suggestions.field.co-units-invalid"));
            }
        }
        AssignRequest r = form.valid(new AssignRequest(form.id("leadUnitId"), ids, form.date("on"),
                "on".equals(form.raw("difficult")), form.integer("version")), validator);
        return step(id, form, redirect, model, () -> suggestions.assign(id, r), "suggestions.flash.assigned");
    }

    @PostMapping("/{id}/opinions")
    @Allowed.Drafters
    String opinion(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = FormInput.of("opinion", params, messages).labels(Map.of("unitId",
                "suggestions.field.co-unit", "opinion", "suggestions.field.opinion", "on",
                "suggestions.field.given-on"));
        OpinionRequest r = form.valid(new OpinionRequest(form.id("unitId"), form.text("opinion"), form.date("on"),
                form.integer("version")), validator);
        return step(id, form, redirect, model, () -> suggestions.opinion(id, r), "suggestions.flash.opinion");
    }

    @PostMapping("/{id}/extension")
    @Allowed.Drafters
    String extend(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = FormInput.of("extend", params, messages).labels(Map.of("reason",
                "suggestions.field.extension-reason"));
        ExtensionRequest r = form.valid(new ExtensionRequest(form.text("reason"), form.integer("version")), validator);
        return step(id, form, redirect, model, () -> suggestions.extend(id, r), "suggestions.flash.extended");
    }

    @PostMapping("/{id}/answer")
    @Allowed.Drafters
    String answer(@PathVariable long id, @RequestParam Map<String, String> params,
            @RequestParam(value = "file", required = false) MultipartFile file, Model model,
            RedirectAttributes redirect) {
        FormInput form = FormInput.of("answer", params, messages).labels(Map.of("category",
                "suggestions.field.category", "text", "suggestions.field.answer-text", "on",
                "suggestions.field.answered-on", "fileId", "suggestions.field.document"));
        AnswerRequest r = form.valid(new AnswerRequest(form.choice("category", AnswerCategory.class),
                form.text("text"), form.date("on"), null, form.integer("version")), validator);
        return step(id, form, redirect, model, () -> {
            if (file == null || file.isEmpty()) {
                return suggestions.answer(id, r);
            }
            try (InputStream in = file.getInputStream()) {
                return suggestions.answer(id, r, in, file.getOriginalFilename(), file.getContentType());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, "suggestions.flash.answered");
    }

    @PostMapping("/{id}/feedback")
    @Allowed.Drafters
    String feedback(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = FormInput.of("feedback", params, messages).labels(Map.of("satisfaction",
                "suggestions.field.satisfaction", "note", "suggestions.field.feedback-note", "on",
                "suggestions.field.feedback-on"));
        FeedbackRequest r = form.valid(new FeedbackRequest(form.choice("satisfaction", Satisfaction.class),
                form.text("note"), form.date("on"), form.integer("version")), validator);
        return step(id, form, redirect, model, () -> suggestions.feedback(id, r), "suggestions.flash.feedback");
    }

    @PostMapping("/{id}/publication")
    @Allowed.Drafters
    String publish(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = FormInput.of("publish", params, messages);
        VersionRequest r = new VersionRequest(form.integer("version"));
        return step(id, form, redirect, model, () -> suggestions.publish(id, r), "suggestions.flash.published");
    }

    @PostMapping("/{id}/reveal")
    @Allowed.Drafters
    String reveal(@PathVariable long id, @RequestParam Map<String, String> params, Model model) {
        FormInput form = FormInput.of("reveal", params, messages).labels(Map.of("reason",
                "suggestions.reveal.reason"));
        RevealRequest r = form.valid(new RevealRequest(form.text("reason")), validator);
        ProposerContact contact = null;
        if (form.ok()) {
            try {
                contact = suggestions.reveal(id, r);
            } catch (RuntimeException e) {
                form.error(e);
            }
        }
        return page(id, model, form.ok() ? FormInput.empty(messages).put("on", today()) : form, contact);
    }

    // -----

    private String step(long id, FormInput form, RedirectAttributes redirect, Model model,
            Supplier<Suggestion> work, String flash) {
        return FormAction.act(form, redirect, "/console/suggestions/" + id, () -> {
            work.get();
            return text(flash);
        }, () -> page(id, model, form, null));
    }

    private String listPage(SuggestionStatus status, Integer page, Model model, FormInput form) {
        var result = suggestions.list(status, null, PageQuery.of(page, 50));
        model.addAttribute("page", result);
        model.addAttribute("status", status);
        model.addAttribute("statuses", SuggestionStatus.values());
        model.addAttribute("kinds", SuggestionKind.values());
        model.addAttribute("units", units.visibleTree());
        List<Long> ids = new ArrayList<>();
        result.items().forEach(s -> {
            if (s.leadUnitId() != null) {
                ids.add(s.leadUnitId());
            }
        });
        model.addAttribute("names", units.names(ids));
        model.addAttribute("today", today());
        form.addTo(model);
        return "suggestions/list";
    }

    private String page(long id, Model model, FormInput form, ProposerContact contact) {
        SuggestionOverview o = suggestions.overview(id);
        model.addAttribute("o", o);
        model.addAttribute("s", o.suggestion());
        model.addAttribute("guide", guide(o.guide()));
        model.addAttribute("units", units.visibleTree());
        model.addAttribute("categories", AnswerCategory.values());
        model.addAttribute("satisfactions", Satisfaction.values());
        model.addAttribute("contact", contact);
        model.addAttribute("today", today());
        Map<Long, String> owing = new LinkedHashMap<>();
        o.opinions().stream().filter(x -> x.round() == o.suggestion().round() && !x.given()
                && scope.canSee(x.unitId())).forEach(x -> owing.put(x.unitId(), x.unitName()));
        model.addAttribute("owing", owing);
        form.addTo(model);
        return "suggestions/suggestion";
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
