package org.fazhi.reconsideration.internal.web;

import jakarta.validation.Validator;
import java.util.List;
import java.util.Map;
import org.fazhi.reconsideration.CorrectionReportRequest;
import org.fazhi.reconsideration.OpinionLetter;
import org.fazhi.reconsideration.OpinionLetters;
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
 * 意见书、建议书 (/console/reconsideration/letters): the letters the user's units issued or received with
 * their correction-report due dates, a letter's page and the recipient's correction report.
 */
@Controller
@RequestMapping("/console/reconsideration/letters")
@Allowed.Staff
class LetterPages {

    private final OpinionLetters letters;
    private final CaseViews views;
    private final Units units;
    private final Validator validator;
    private final MessageSource messages;

    LetterPages(OpinionLetters letters, CaseViews views, Units units, Validator validator, MessageSource messages) {
        this.letters = letters;
        this.views = views;
        this.units = units;
        this.validator = validator;
        this.messages = messages;
    }

    record Row(OpinionLetter letter, String recipient, java.time.LocalDate due) {
    }

    @GetMapping
    String list(Model model) {
        List<OpinionLetter> all = letters.visible();
        Map<Long, String> names = units.names(all.stream().map(OpinionLetter::recipientUnitId).distinct().toList());
        model.addAttribute("rows", all.stream().map(l -> new Row(l, names.getOrDefault(l.recipientUnitId(), ""),
                dueOf(l))).toList());
        return "reconsideration/letters";
    }

    @GetMapping("/{id}")
    String letter(@PathVariable long id, Model model) {
        return page(id, model, FormInput.empty(messages));
    }

    @PostMapping("/{id}/report")
    String report(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = FormInput.of("report", params, messages);
        var r = form.valid(new CorrectionReportRequest(form.date("reportedOn"), form.text("summary"),
                form.integer("version")), validator);
        return FormAction.act(form, redirect, "/console/reconsideration/letters/" + id, () -> {
            letters.report(id, r);
            return views.text("reconsideration.flash.reported");
        }, () -> page(id, model, form));
    }

    private String page(long id, Model model, FormInput form) {
        OpinionLetter l = letters.get(id);
        model.addAttribute("l", l);
        model.addAttribute("recipient", units.name(l.recipientUnitId()));
        model.addAttribute("unit", units.name(l.unitId()));
        model.addAttribute("clock", letters.clock(id));
        model.addAttribute("guide", views.guide(letters.guide(id)));
        model.addAttribute("today", views.today());
        form.addTo(model);
        return "reconsideration/letter";
    }

    private java.time.LocalDate dueOf(OpinionLetter l) {
        var d = letters.clock(l.id());
        return d == null ? null : d.dueDate();
    }
}
