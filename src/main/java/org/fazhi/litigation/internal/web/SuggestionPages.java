package org.fazhi.litigation.internal.web;

import jakarta.validation.Validator;
import java.util.List;
import java.util.Map;
import org.fazhi.litigation.JudicialSuggestion;
import org.fazhi.litigation.JudicialSuggestions;
import org.fazhi.litigation.LitigationOverviews;
import org.fazhi.litigation.SuggestionIssuer;
import org.fazhi.litigation.SuggestionReplyRequest;
import org.fazhi.litigation.SuggestionRequest;
import org.fazhi.shared.PageQuery;
import org.fazhi.shared.web.Allowed;
import org.fazhi.shared.web.FormAction;
import org.fazhi.shared.web.FormInput;
import org.fazhi.units.Units;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 司法建议 (/console/litigation/suggestions): the courts' suggestions to the units the user may see,
 * receiving one (from a suit's page, linked to it), and the reply.
 */
@Controller
@RequestMapping("/console/litigation/suggestions")
@Allowed.Staff
class SuggestionPages {

    private final JudicialSuggestions suggestions;
    private final LitigationOverviews overviews;
    private final LitigationViews views;
    private final Units units;
    private final Validator validator;
    private final MessageSource messages;

    SuggestionPages(JudicialSuggestions suggestions, LitigationOverviews overviews, LitigationViews views, Units units,
            Validator validator, MessageSource messages) {
        this.suggestions = suggestions;
        this.overviews = overviews;
        this.views = views;
        this.units = units;
        this.validator = validator;
        this.messages = messages;
    }

    record Row(JudicialSuggestion s, String unit, java.time.LocalDate due) {
    }

    @GetMapping
    String list(Model model) {
        List<JudicialSuggestion> all = suggestions.list();
        Map<Long, String> names = units.names(all.stream().map(JudicialSuggestion::unitId).distinct().toList());
        model.addAttribute("rows", all.stream().map(s -> new Row(s, names.getOrDefault(s.unitId(), ""),
                due(s))).toList());
        return "litigation/suggestions";
    }

    @GetMapping("/new")
    @Allowed.CaseHandlers
    String newSuggestion(@RequestParam(required = false) String caseId, Model model) {
        FormInput form = FormInput.empty(messages).put("receivedOn", views.today());
        FormInput probe = FormInput.of("probe", Map.of("caseId", caseId == null ? "" : caseId), messages);
        Long id = probe.id("caseId");
        if (id != null) {
            var c = overviews.get(id);
            form.put("litigationCaseId", c.id()).put("unitId", c.unitId()).put("court", c.court());
        }
        return newForm(model, form);
    }

    @PostMapping
    @Allowed.CaseHandlers
    String create(@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        FormInput form = FormInput.of("create", params, messages);
        var r = form.valid(new SuggestionRequest(form.id("unitId"), form.text("court"), form.text("suggestionNo"),
                form.date("receivedOn"), form.text("content"), form.id("litigationCaseId"), form.date("replyDue"),
                form.choice("issuer", SuggestionIssuer.class)),
                validator);
        return FormAction.act(form, redirect, () -> {
            JudicialSuggestion s = suggestions.receive(r);
            return new FormAction.Done(views.text("litigation.flash.suggestion-received", s.suggestionNo()),
                    "/console/litigation/suggestions/" + s.id());
        }, () -> newForm(model, form));
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        return page(id, model, FormInput.empty(messages));
    }

    @PostMapping("/{id}/reply")
    @Allowed.CaseHandlers
    String reply(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = FormInput.of("reply", params, messages);
        var r = form.valid(new SuggestionReplyRequest(form.date("repliedOn"), form.text("summary"),
                form.integer("version")), validator);
        return FormAction.act(form, redirect, "/console/litigation/suggestions/" + id,
                () -> views.text("litigation.flash.suggestion-replied", suggestions.reply(id, r).repliedOn()),
                () -> page(id, model, form));
    }

    private String page(long id, Model model, FormInput form) {
        JudicialSuggestion s = suggestions.get(id);
        model.addAttribute("s", s);
        model.addAttribute("unit", units.name(s.unitId()));
        model.addAttribute("clock", suggestions.clock(id));
        model.addAttribute("guide", views.guide(suggestions.guide(id)));
        model.addAttribute("linked", s.litigationCaseId() == null ? null : overviews.get(s.litigationCaseId()));
        model.addAttribute("today", views.today());
        form.addTo(model);
        return "litigation/suggestion";
    }

    private String newForm(Model model, FormInput form) {
        model.addAttribute("units", units.visibleTree());
        model.addAttribute("issuers", SuggestionIssuer.values());
        model.addAttribute("cases", overviews.list(null, null, null, null, new PageQuery(0, 200)).items());
        model.addAttribute("today", views.today());
        form.addTo(model);
        return "litigation/suggestion-new";
    }

    private java.time.LocalDate due(JudicialSuggestion s) {
        var d = suggestions.clock(s.id());
        return d == null ? null : d.dueDate();
    }
}
