package org.fazhi.enforcement.internal.web;

import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fazhi.enforcement.Agencies;
import org.fazhi.enforcement.Agency;
import org.fazhi.enforcement.CaseFileEvaluations;
import org.fazhi.enforcement.CriminalTransfers;
import org.fazhi.enforcement.DecisionPublications;
import org.fazhi.enforcement.EnforcementFaults;
import org.fazhi.enforcement.EnforcementStatistics;
import org.fazhi.enforcement.GuidingCases;
import org.fazhi.enforcement.MajorActFilings;
import org.fazhi.enforcement.TemplateRequest;
import org.fazhi.shared.web.Allowed;
import org.fazhi.shared.web.FormAction;
import org.fazhi.shared.web.FormInput;
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
 * The pages that look across cases: publicity of decisions (overdue and late ones first), the linked
 * records of a year (transfers, filings, guiding cases, faults), case-file evaluation templates and
 * results, and the annual statistics with their publication.
 */
@Controller
@RequestMapping("/console/enforcement")
@Allowed.Staff
class OversightPages {

    static final int CRITERIA = 10;

    private final DecisionPublications publications;
    private final CriminalTransfers transfers;
    private final MajorActFilings filings;
    private final GuidingCases guiding;
    private final EnforcementFaults faults;
    private final CaseFileEvaluations evaluations;
    private final EnforcementStatistics statistics;
    private final Agencies agencies;
    private final CaseViews views;
    private final CasePages pages;
    private final Validator validator;
    private final MessageSource messages;

    OversightPages(DecisionPublications publications, CriminalTransfers transfers, MajorActFilings filings,
            GuidingCases guiding, EnforcementFaults faults, CaseFileEvaluations evaluations,
            EnforcementStatistics statistics, Agencies agencies, CaseViews views, CasePages pages, Validator validator,
            MessageSource messages) {
        this.publications = publications;
        this.transfers = transfers;
        this.filings = filings;
        this.guiding = guiding;
        this.faults = faults;
        this.evaluations = evaluations;
        this.statistics = statistics;
        this.agencies = agencies;
        this.views = views;
        this.pages = pages;
        this.validator = validator;
        this.messages = messages;
    }

    @GetMapping("/publicity")
    String publicity(@RequestParam(required = false) Integer year, Model model) {
        int y = year == null ? views.today().getYear() : year;
        model.addAttribute("year", y);
        model.addAttribute("standings", publications.standings(y));
        model.addAttribute("agencyNames", names());
        return "enforcement/publicity";
    }

    @GetMapping("/records")
    String records(@RequestParam(required = false) Integer year, Model model) {
        int y = year == null ? views.today().getYear() : year;
        model.addAttribute("year", y);
        model.addAttribute("transfers", transfers.list(y));
        model.addAttribute("filings", filings.list(y));
        model.addAttribute("guiding", guiding.list());
        model.addAttribute("faults", faults.list(y));
        return "enforcement/records";
    }

    @PostMapping("/guiding/{id}/publication")
    @Allowed.RuleOfLawOffice
    String publishGuiding(@PathVariable long id, Model model, RedirectAttributes redirect) {
        FormInput form = EnforcementForms.LABELS.form("guiding-" + id, Map.of(), messages);
        return FormAction.act(form, redirect, "/console/enforcement/records#guiding", () -> {
            guiding.publish(id);
            return views.text("enforcement.flash.published");
        }, () -> {
            redirect.addFlashAttribute("flashError", String.join(" ", formErrors(form)));
            return "redirect:/console/enforcement/records#guiding";
        });
    }

    @GetMapping("/evaluations")
    String evaluations(@RequestParam(required = false) Integer year, Model model) {
        return evaluationPage(year, model, FormInput.empty(messages));
    }

    private String evaluationPage(Integer year, Model model, FormInput form) {
        int y = year == null ? views.today().getYear() : year;
        model.addAttribute("year", y);
        model.addAttribute("templates", evaluations.templates());
        model.addAttribute("evaluations", evaluations.list(y));
        model.addAttribute("agencies", agencies.list());
        model.addAttribute("agencyNames", names());
        model.addAttribute("criteria", java.util.stream.IntStream.rangeClosed(1, CRITERIA).boxed().toList());
        if (form.raw("year").isEmpty()) {
            form.put("year", y);
        }
        form.addTo(model);
        return "enforcement/evaluations";
    }

    @PostMapping("/evaluations/templates")
    @Allowed.RuleOfLawOffice
    String template(@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        FormInput form = EnforcementForms.LABELS.form("template", params, messages);
        List<TemplateRequest.Criterion> criteria = new ArrayList<>();
        for (int i = 1; i <= CRITERIA; i++) {
            String d = form.text("criterion" + i);
            if (d != null) {
                criteria.add(new TemplateRequest.Criterion(d, pages.amount(form, "max" + i)));
            }
        }
        Integer year = form.integer("year");
        TemplateRequest r = form.valid(new TemplateRequest(form.id("agencyId"), year == null ? 0 : year,
                form.text("name"), pages.amount(form, "passMark"), criteria), validator);
        return FormAction.act(form, redirect, "/console/enforcement/evaluations", () -> {
            evaluations.setTemplate(r);
            return views.text("enforcement.flash.saved");
        }, () -> evaluationPage(year, model, form));
    }

    @GetMapping("/statistics")
    String statistics(@RequestParam(required = false) Integer year, Model model) {
        int y = year == null ? views.today().getYear() - 1 : year;
        model.addAttribute("year", y);
        model.addAttribute("reports", statistics.list(y).stream().map(StatisticsTables::table).toList());
        model.addAttribute("measures", EnforcementStatistics.MEASURES);
        model.addAttribute("today", views.today());
        return "enforcement/statistics";
    }

    @PostMapping("/statistics/{agencyId}/{year}")
    @Allowed.Officers
    String publishStatistics(@PathVariable long agencyId, @PathVariable int year, RedirectAttributes redirect) {
        FormInput form = EnforcementForms.LABELS.form("statistics", Map.of(), messages);
        String target = "/console/enforcement/statistics?year=" + year;
        return FormAction.act(form, redirect, target, () -> {
            statistics.publish(agencyId, year);
            return views.text("enforcement.flash.statistics", String.valueOf(year));
        }, () -> {
            redirect.addFlashAttribute("flashError", String.join(" ", formErrors(form)));
            return "redirect:" + target;
        });
    }

    @SuppressWarnings("unchecked")
    private static List<String> formErrors(FormInput form) {
        org.springframework.ui.ExtendedModelMap m = new org.springframework.ui.ExtendedModelMap();
        form.addTo(m);
        List<String> errors = new ArrayList<>((List<String>) m.get("formErrors"));
        ((Map<String, List<String>>) m.get("fieldErrors")).values().forEach(errors::addAll);
        return errors;
    }

    private Map<Long, String> names() {
        Map<Long, String> names = new LinkedHashMap<>();
        for (Agency a : agencies.list()) {
            names.put(a.id(), a.name());
        }
        return names;
    }
}
