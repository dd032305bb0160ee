package org.fazhi.publicity.internal.web;

import jakarta.validation.Validator;
import java.util.List;
import java.util.Map;
import org.fazhi.assessment.Assessment;
import org.fazhi.publicity.DutyLine;
import org.fazhi.publicity.DutyRating;
import org.fazhi.publicity.DutyRequest;
import org.fazhi.publicity.DutyReviewRequest;
import org.fazhi.publicity.EndOfServiceRequest;
import org.fazhi.publicity.Grassroots;
import org.fazhi.publicity.LiteratePersonRequest;
import org.fazhi.publicity.ModelVillageLevel;
import org.fazhi.publicity.ModelVillageRequest;
import org.fazhi.publicity.Publicity;
import org.fazhi.publicity.PublicityDuties;
import org.fazhi.publicity.VicePrincipalRequest;
import org.fazhi.shared.web.Allowed;
import org.fazhi.shared.web.FormAction;
import org.fazhi.shared.web.FormInput;
import org.fazhi.units.UnitKind;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The registers of legal publicity: the overview of a year (the module's figures), the 谁执法谁普法 lists of
 * the agencies with their lines and yearly review, and the grassroots records (legal vice-principals,
 * 法律明白人, model villages).
 */
@Controller
@RequestMapping("/console/publicity")
@Allowed.Staff
class PublicityPages {

    private final PublicityDuties duties;
    private final Grassroots grassroots;
    private final Assessment assessment;
    private final PublicityViews views;
    private final Validator validator;

    PublicityPages(PublicityDuties duties, Grassroots grassroots, Assessment assessment, PublicityViews views,
            Validator validator) {
        this.duties = duties;
        this.grassroots = grassroots;
        this.assessment = assessment;
        this.views = views;
        this.validator = validator;
    }

    @GetMapping
    String overview(@RequestParam(required = false) Integer year, Model model) {
        int y = views.year(year);
        Long home = views.home();
        model.addAttribute("year", y);
        model.addAttribute("years", views.years());
        model.addAttribute("unitName", home == null ? "" : views.names(List.of(home)).getOrDefault(home, ""));
        model.addAttribute("figures", home == null ? List.of() : assessment.figures(home, y, Publicity.MODULE));
        model.addAttribute("unitId", home);
        return "publicity/overview";
    }

    // ----- responsibility lists -----

    @GetMapping("/duties")
    String duties(@RequestParam(required = false) Integer year, Model model) {
        int y = views.year(year);
        return dutiesPage(y, model, views.empty("year", String.valueOf(y), "reviewedOn", views.today().toString()));
    }

    @PostMapping("/duties")
    @Allowed.Reporters
    String addLine(@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        FormInput form = views.form("duty", params);
        DutyRequest r = form.valid(new DutyRequest(form.id("unitId"), form.integer("year"), form.text("lawNames"),
                form.text("content"), form.text("audience"), form.text("measures")), validator);
        return FormAction.act(form, redirect, "/console/publicity/duties?year=" + r.year(), () -> {
            duties.addLine(r);
            return views.text("publicity.flash.duty");
        }, () -> dutiesPage(r.year() == null ? views.year(null) : r.year(), model, form));
    }

    @PostMapping("/duties/reviews")
    @Allowed.RuleOfLawOffice
    String review(@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        FormInput form = views.form("review", params);
        DutyReviewRequest r = form.valid(new DutyReviewRequest(form.id("unitId"), form.integer("year"),
                form.date("reviewedOn"), form.text("reviewer"), form.choice("rating", DutyRating.class),
                form.text("findings")), validator);
        return FormAction.act(form, redirect, "/console/publicity/duties?year=" + r.year(), () -> {
            duties.review(r);
            return views.text("publicity.flash.review");
        }, () -> dutiesPage(r.year() == null ? views.year(null) : r.year(), model, form));
    }

    private String dutiesPage(int year, Model model, FormInput form) {
        List<DutyLine> lines = duties.lines(null, year);
        model.addAttribute("year", year);
        model.addAttribute("years", views.years());
        model.addAttribute("statuses", duties.statuses(year));
        model.addAttribute("lines", lines);
        model.addAttribute("unitNames", views.names(lines.stream().map(DutyLine::unitId).toList()));
        model.addAttribute("agencyChoices", views.unitChoices(UnitKind.DEPARTMENT, UnitKind.ENFORCEMENT_AGENCY));
        model.addAttribute("ratings", views.choices(DutyRating.class, "publicity.rating."));
        form.addTo(model);
        return "publicity/duties";
    }

    // ----- grassroots -----

    @GetMapping("/grassroots")
    String grassroots(Model model) {
        String today = views.today().toString();
        return grassrootsPage(model, views.empty("appointedOn", today, "since", today, "awardedYear",
                String.valueOf(views.today().getYear())));
    }

    @PostMapping("/grassroots/vice-principals")
    @Allowed.RuleOfLawOffice
    String appoint(@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        FormInput form = views.form("vice-principal", params);
        VicePrincipalRequest r = form.valid(new VicePrincipalRequest(form.id("unitId"), form.text("schoolName"),
                form.text("personName"), form.text("personOrg"), form.date("appointedOn")), validator);
        return grassrootsAction(form, redirect, model, () -> grassroots.appoint(r));
    }

    @PostMapping("/grassroots/vice-principals/{id}/ending")
    @Allowed.RuleOfLawOffice
    String endAppointment(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = views.form("ending", params);
        EndOfServiceRequest r = form.valid(new EndOfServiceRequest(form.date("on")), validator);
        return grassrootsAction(form, redirect, model, () -> grassroots.endAppointment(id, r));
    }

    @PostMapping("/grassroots/literate-persons")
    @Allowed.RuleOfLawOffice
    String addLiteratePerson(@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        FormInput form = views.form("literate", params);
        LiteratePersonRequest r = form.valid(new LiteratePersonRequest(form.id("villageUnitId"),
                form.text("personName"), form.text("phone"), form.date("since")), validator);
        return grassrootsAction(form, redirect, model, () -> grassroots.addLiteratePerson(r));
    }

    @PostMapping("/grassroots/literate-persons/{id}/ending")
    @Allowed.RuleOfLawOffice
    String endLiteratePerson(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = views.form("ending", params);
        EndOfServiceRequest r = form.valid(new EndOfServiceRequest(form.date("on")), validator);
        return grassrootsAction(form, redirect, model, () -> grassroots.endLiteratePerson(id, r));
    }

    @PostMapping("/grassroots/model-villages")
    @Allowed.RuleOfLawOffice
    String award(@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        FormInput form = views.form("model-village", params);
        ModelVillageRequest r = form.valid(new ModelVillageRequest(form.id("villageUnitId"),
                form.choice("level", ModelVillageLevel.class), form.integer("awardedYear"), form.text("awardedBy")),
                validator);
        return grassrootsAction(form, redirect, model, () -> grassroots.award(r));
    }

    private String grassrootsAction(FormInput form, RedirectAttributes redirect, Model model, Runnable step) {
        return FormAction.act(form, redirect, "/console/publicity/grassroots", () -> {
            step.run();
            return views.text("publicity.flash.saved");
        }, () -> grassrootsPage(model, form));
    }

    private String grassrootsPage(Model model, FormInput form) {
        var vps = grassroots.vicePrincipals();
        var persons = grassroots.literatePersons();
        var villages = grassroots.modelVillages();
        java.util.Set<Long> ids = new java.util.HashSet<>();
        vps.forEach(v -> ids.add(v.unitId()));
        persons.forEach(p -> ids.add(p.villageUnitId()));
        villages.forEach(v -> ids.add(v.villageUnitId()));
        model.addAttribute("vicePrincipals", vps);
        model.addAttribute("literatePersons", persons);
        model.addAttribute("modelVillages", villages);
        model.addAttribute("unitNames", views.names(ids));
        model.addAttribute("unitChoices", views.unitChoices());
        model.addAttribute("villageChoices", views.unitChoices(UnitKind.VILLAGE_COMMITTEE));
        model.addAttribute("levels", views.choices(ModelVillageLevel.class, "publicity.level."));
        model.addAttribute("today", views.today());
        form.addTo(model);
        return "publicity/grassroots";
    }
}
