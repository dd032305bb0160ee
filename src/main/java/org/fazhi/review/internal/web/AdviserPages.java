package org.fazhi.review.internal.web;

import org.fazhi.shared.web.Allowed;
import org.fazhi.shared.web.FormInput;
import org.fazhi.shared.excel.SpreadsheetDownload;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Map;
import org.fazhi.review.LegalAdviser;
import org.fazhi.review.LegalAdvisers;
import org.fazhi.review.LegalAdvisers.AdviserRequest;
import org.fazhi.review.LegalAdvisers.AdviserUse;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.RefusedException;
import org.fazhi.units.DataScope;
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
 * 法律顾问 (/console/review/advisers): the register of legal advisers and government lawyers with
 * their contract terms and how often each was consulted in a year (seed 001: "委托法律顾问20余次"),
 * and the form to add or change one.
 */
@Controller
@RequestMapping("/console/review/advisers")
@Allowed.Overseers
class AdviserPages {


    private final LegalAdvisers advisers;
    private final ReviewViews views;
    private final DataScope scope;
    private final Validator validator;
    private final MessageSource messages;

    AdviserPages(LegalAdvisers advisers, ReviewViews views, DataScope scope, Validator validator,
            MessageSource messages) {
        this.advisers = advisers;
        this.views = views;
        this.scope = scope;
        this.validator = validator;
        this.messages = messages;
    }

    @GetMapping
    String list(@RequestParam(required = false) Integer year, Model model) {
        int y = year(year);
        List<AdviserUse> rows = advisers.withUses(y);
        model.addAttribute("rows", rows);
        model.addAttribute("year", y);
        model.addAttribute("years", java.util.stream.IntStream.rangeClosed(views.today().getYear() - 5,
                views.today().getYear()).boxed().sorted(java.util.Comparator.reverseOrder()).toList());
        model.addAttribute("total", rows.stream().mapToInt(AdviserUse::uses).sum());
        model.addAttribute("today", views.today());
        model.addAttribute("unitNames", views.unitNames(rows.stream().map(r -> r.adviser().unitId()).toList()));
        return "review/advisers";
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export(@RequestParam(required = false) Integer year) {
        int y = year(year);
        List<AdviserUse> rows = advisers.withUses(y);
        Map<Long, String> names = views.unitNames(rows.stream().map(r -> r.adviser().unitId()).toList());
        List<String> headers = List.of(text("review.adviser.name"), text("review.adviser.kind"),
                text("review.adviser.firm"), text("review.adviser.licence"), text("review.adviser.unit"),
                text("review.adviser.contract-from"), text("review.adviser.contract-to"),
                text("review.adviser.active"), text("review.adviser.uses-in", String.valueOf(y)));
        List<List<?>> data = rows.stream().<List<?>>map(u -> java.util.Arrays.asList(u.adviser().name(),
                text("review.adviser.kind." + u.adviser().kind()), u.adviser().firm(), u.adviser().licenceNo(),
                names.getOrDefault(u.adviser().unitId(), ""), u.adviser().contractFrom(), u.adviser().contractTo(),
                u.adviser().active(), u.uses())).toList();
        return SpreadsheetDownload.of(text("review.advisers.title"), text("review.advisers.title"), headers, data);
    }

    @GetMapping("/new")
    @Allowed.Reviewers
    String newAdviser(Model model) {
        FormInput form = FormInput.empty(messages).put("unitId", scope.homeUnitId()).put("active", "true")
                .put("kind", LegalAdviser.AdviserKind.LEGAL_ADVISER);
        return form(model, null, form);
    }

    @PostMapping
    @Allowed.Reviewers
    String create(@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        FormInput form = FormInput.of("adviser", params, messages);
        AdviserRequest draft = draft(form);
        if (form.ok()) {
            try {
                LegalAdviser a = advisers.register(draft);
                redirect.addFlashAttribute("flashSuccess", text("review.flash.adviser-saved", a.name()));
                return "redirect:/console/review/advisers";
            } catch (RefusedException | InvalidInputException e) {
                form.error(e);
            }
        }
        return form(model, null, form);
    }

    @GetMapping("/{id}/edit")
    @Allowed.Reviewers
    String edit(@PathVariable long id, Model model) {
        LegalAdviser a = advisers.get(id);
        FormInput form = FormInput.empty(messages).put("unitId", a.unitId()).put("name", a.name())
                .put("kind", a.kind()).put("firm", a.firm()).put("licenceNo", a.licenceNo())
                .put("contractFrom", a.contractFrom()).put("contractTo", a.contractTo()).put("active", a.active());
        return form(model, a, form);
    }

    @PostMapping("/{id}")
    @Allowed.Reviewers
    String update(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        LegalAdviser a = advisers.get(id);
        FormInput form = FormInput.of("adviser", params, messages);
        AdviserRequest draft = draft(form);
        if (form.ok()) {
            try {
                LegalAdviser saved = advisers.update(id, draft);
                redirect.addFlashAttribute("flashSuccess", text("review.flash.adviser-saved", saved.name()));
                return "redirect:/console/review/advisers";
            } catch (RefusedException | InvalidInputException e) {
                form.error(e);
            }
        }
        return form(model, a, form);
    }

    private AdviserRequest draft(FormInput form) {
        AdviserRequest d = new AdviserRequest(form.id("unitId"), form.text("name"),
                form.choice("kind", LegalAdviser.AdviserKind.class), form.text("firm"), form.text("licenceNo"),
                form.date("contractFrom"), form.date("contractTo"), !"false".equals(form.raw("active")));
        return form.valid(d, validator);
    }

    private String form(Model model, LegalAdviser adviser, FormInput form) {
        model.addAttribute("adviser", adviser);
        model.addAttribute("units", scope.visibleUnits());
        model.addAttribute("kinds", LegalAdviser.AdviserKind.values());
        form.addTo(model);
        return "review/adviser-form";
    }

    private int year(Integer year) {
        int now = views.today().getYear();
        return year == null || year < 2000 || year > now + 1 ? now : year;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
