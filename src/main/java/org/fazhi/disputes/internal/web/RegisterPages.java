package org.fazhi.disputes.internal.web;

import jakarta.validation.Validator;
import java.util.List;
import java.util.Map;
import org.fazhi.assessment.Assessment;
import org.fazhi.disputes.AdministrativeMediation;
import org.fazhi.disputes.Disputes;
import org.fazhi.disputes.EndingRequest;
import org.fazhi.disputes.LegalAid;
import org.fazhi.disputes.LegalAidCase;
import org.fazhi.disputes.LegalAidClosingRequest;
import org.fazhi.disputes.LegalAidDecisionRequest;
import org.fazhi.disputes.LegalAidMatter;
import org.fazhi.disputes.LegalAidRequest;
import org.fazhi.disputes.LegalServicePoint;
import org.fazhi.disputes.LegalServices;
import org.fazhi.disputes.MediationCases;
import org.fazhi.disputes.MediationOrg;
import org.fazhi.disputes.MediationOrgKind;
import org.fazhi.disputes.MediationOrgRequest;
import org.fazhi.disputes.MediationOrgs;
import org.fazhi.disputes.MediatorRequest;
import org.fazhi.disputes.ServicePointLevel;
import org.fazhi.disputes.ServicePointRequest;
import org.fazhi.disputes.StaffRequest;
import org.fazhi.disputes.TallyRequest;
import org.fazhi.disputes.VillageAdviserRequest;
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
 * The registers of the disputes module: the overview of a year (the module's figures and each committee's
 * resolution rate), the committees with their mediators and their coverage of the villages, the
 * enforcement departments' administrative mediation staff against SD-18, the service points with their
 * monthly consultations and the village legal advisers with their coverage (SD-19), and legal aid.
 */
@Controller
@RequestMapping("/console/disputes")
@Allowed.Staff
class RegisterPages {

    private final MediationOrgs orgs;
    private final MediationCases cases;
    private final AdministrativeMediation administrative;
    private final LegalServices services;
    private final LegalAid aid;
    private final Assessment assessment;
    private final DisputesViews views;
    private final Validator validator;

    RegisterPages(MediationOrgs orgs, MediationCases cases, AdministrativeMediation administrative,
            LegalServices services, LegalAid aid, Assessment assessment, DisputesViews views, Validator validator) {
        this.orgs = orgs;
        this.cases = cases;
        this.administrative = administrative;
        this.services = services;
        this.aid = aid;
        this.assessment = assessment;
        this.views = views;
        this.validator = validator;
    }

    // ----- overview -----

    @GetMapping
    String overview(@RequestParam(required = false) Integer year, Model model) {
        int y = views.year(year);
        Long home = views.home();
        model.addAttribute("year", y);
        model.addAttribute("years", views.years());
        model.addAttribute("unitName", home == null ? "" : views.names(List.of(home)).getOrDefault(home, ""));
        model.addAttribute("figures", home == null ? List.of() : assessment.figures(home, y, Disputes.MODULE));
        model.addAttribute("resolution", cases.resolutionByOrg(null, y));
        model.addAttribute("unitId", home);
        return "disputes/overview";
    }

    // ----- committees -----

    @GetMapping("/orgs")
    String orgs(Model model) {
        return orgsPage(model, views.empty("establishedOn", views.today().toString(), "since",
                views.today().toString()));
    }

    @PostMapping("/orgs")
    @Allowed.Drafters
    String createOrg(@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        FormInput form = views.form("org", params);
        MediationOrgRequest r = form.valid(new MediationOrgRequest(form.id("unitId"),
                form.choice("kind", MediationOrgKind.class), form.text("name"), form.integer("enterpriseStaff"),
                form.text("sector"), form.date("establishedOn")), validator);
        return FormAction.act(form, redirect, "/console/disputes/orgs", () -> {
            orgs.create(r);
            return views.text("disputes.flash.org");
        }, () -> orgsPage(model, form));
    }

    @PostMapping("/orgs/{id}/mediators")
    @Allowed.Drafters
    String addMediator(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = views.form("mediator", params);
        MediatorRequest r = form.valid(new MediatorRequest(form.text("personName"), form.text("phone"),
                "true".equals(form.raw("fullTime")), form.date("since")), validator);
        return FormAction.act(form, redirect, "/console/disputes/orgs", () -> {
            orgs.addMediator(id, r);
            return views.text("disputes.flash.mediator");
        }, () -> orgsPage(model, form));
    }

    @PostMapping("/orgs/{id}/dissolution")
    @Allowed.Drafters
    String dissolve(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = views.form("dissolution", params);
        EndingRequest r = form.valid(new EndingRequest(form.date("endedOn"), form.text("note")), validator);
        return FormAction.act(form, redirect, "/console/disputes/orgs", () -> {
            orgs.dissolve(id, r);
            return views.text("disputes.flash.dissolved");
        }, () -> orgsPage(model, form));
    }

    private String orgsPage(Model model, FormInput form) {
        List<MediationOrg> list = orgs.list(null);
        model.addAttribute("orgs", list);
        model.addAttribute("mediators", orgs.mediatorsByOrg(null));
        model.addAttribute("names", views.names(list.stream().map(MediationOrg::unitId).toList()));
        model.addAttribute("coverage", views.home() == null ? null : orgs.coverage(views.home(), null));
        model.addAttribute("kinds", views.choices(MediationOrgKind.class, "disputes.org-kind."));
        model.addAttribute("unitChoices", views.unitChoices());
        model.addAttribute("today", views.today());
        form.addTo(model);
        return "disputes/orgs";
    }

    // ----- administrative mediation staff -----

    @GetMapping("/staff")
    String staff(Model model) {
        return staffPage(model, views.empty("appointedOn", views.today().toString()));
    }

    @PostMapping("/staff")
    @Allowed.Drafters
    String addStaff(@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        FormInput form = views.form("staff", params);
        StaffRequest r = form.valid(new StaffRequest(form.id("unitId"), form.text("personName"), form.text("post"),
                form.date("appointedOn")), validator);
        return FormAction.act(form, redirect, "/console/disputes/staff", () -> {
            administrative.add(r);
            return views.text("disputes.flash.staff");
        }, () -> staffPage(model, form));
    }

    @PostMapping("/staff/{id}/ending")
    @Allowed.Drafters
    String endStaff(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = views.form("staff-ending", params);
        EndingRequest r = form.valid(new EndingRequest(form.date("endedOn"), form.text("note")), validator);
        return FormAction.act(form, redirect, "/console/disputes/staff", () -> {
            administrative.end(id, r);
            return views.text("disputes.flash.staff-ended");
        }, () -> staffPage(model, form));
    }

    private String staffPage(Model model, FormInput form) {
        model.addAttribute("departments", views.home() == null ? List.of()
                : administrative.departments(views.home(), null));
        model.addAttribute("unitChoices", views.unitChoices(UnitKind.ENFORCEMENT_AGENCY));
        model.addAttribute("today", views.today());
        form.addTo(model);
        return "disputes/staff";
    }

    // ----- legal services -----

    @GetMapping("/services")
    String services(@RequestParam(required = false) Integer year, Model model) {
        String today = views.today().toString();
        return servicesPage(views.year(year), model, views.empty("openedOn", today, "servesFrom", today, "servesTo",
                views.today().plusYears(1).minusDays(1).toString(), "year",
                String.valueOf(views.today().getYear()), "month", String.valueOf(views.today().getMonthValue())));
    }

    @PostMapping("/services/points")
    @Allowed.Drafters
    String addPoint(@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        FormInput form = views.form("point", params);
        ServicePointRequest r = form.valid(new ServicePointRequest(form.id("unitId"),
                form.choice("level", ServicePointLevel.class), form.text("name"), form.text("address"),
                form.text("phone"), form.date("openedOn")), validator);
        return FormAction.act(form, redirect, "/console/disputes/services", () -> {
            services.addPoint(r);
            return views.text("disputes.flash.point");
        }, () -> servicesPage(views.year(null), model, form));
    }

    @PostMapping("/services/points/{id}/tallies")
    @Allowed.Drafters
    String tally(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = views.form("tally", params);
        TallyRequest r = form.valid(new TallyRequest(form.integer("year"), form.integer("month"),
                form.integer("consultations")), validator);
        return FormAction.act(form, redirect, "/console/disputes/services", () -> {
            services.tally(id, r);
            return views.text("disputes.flash.tally");
        }, () -> servicesPage(views.year(null), model, form));
    }

    @PostMapping("/services/advisers")
    @Allowed.Drafters
    String addAdviser(@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        FormInput form = views.form("adviser", params);
        VillageAdviserRequest r = form.valid(new VillageAdviserRequest(form.id("villageUnitId"),
                form.text("adviserName"), form.text("firm"), form.text("phone"), form.date("servesFrom"),
                form.date("servesTo")), validator);
        return FormAction.act(form, redirect, "/console/disputes/services", () -> {
            services.addAdviser(r);
            return views.text("disputes.flash.adviser");
        }, () -> servicesPage(views.year(null), model, form));
    }

    private String servicesPage(int year, Model model, FormInput form) {
        List<LegalServicePoint> points = services.points(null);
        model.addAttribute("points", points);
        model.addAttribute("tallies", services.tallies(null, year));
        model.addAttribute("pointNames", points.stream().collect(java.util.stream.Collectors
                .toMap(LegalServicePoint::id, LegalServicePoint::name)));
        model.addAttribute("names", views.names(points.stream().map(LegalServicePoint::unitId).toList()));
        model.addAttribute("advisers", services.advisers(null));
        model.addAttribute("coverage", views.home() == null ? null : services.adviserCoverage(views.home(), null));
        model.addAttribute("levels", views.choices(ServicePointLevel.class, "disputes.point-level."));
        model.addAttribute("unitChoices", views.unitChoices());
        model.addAttribute("villageChoices", views.unitChoices(UnitKind.VILLAGE_COMMITTEE));
        model.addAttribute("year", year);
        model.addAttribute("today", views.today());
        form.addTo(model);
        return "disputes/services";
    }

    // ----- legal aid -----

    @GetMapping("/legal-aid")
    String legalAid(@RequestParam(required = false) Integer year, Model model) {
        String today = views.today().toString();
        return aidPage(views.year(year), model, views.empty("appliedOn", today, "decidedOn", today, "closedOn", today,
                "unitId", String.valueOf(views.home())));
    }

    @PostMapping("/legal-aid")
    @Allowed.Drafters
    String apply(@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        FormInput form = views.form("aid", params);
        LegalAidRequest r = form.valid(new LegalAidRequest(form.id("unitId"), form.date("appliedOn"),
                form.text("applicantName"), form.text("applicantIdNumber"), form.text("applicantPhone"),
                form.choice("matterKind", LegalAidMatter.class), form.text("matter")), validator);
        return FormAction.act(form, redirect, "/console/disputes/legal-aid", () -> {
            LegalAidCase a = aid.apply(r);
            return views.text("disputes.flash.aid", a.caseNo());
        }, () -> aidPage(views.year(null), model, form));
    }

    @PostMapping("/legal-aid/{id}/decision")
    @Allowed.Drafters
    String decide(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = views.form("aid-decision-" + id, params);
        LegalAidDecisionRequest r = form.valid(new LegalAidDecisionRequest("true".equals(form.raw("granted")),
                form.date("decidedOn"), form.text("assignedTo"), form.text("refusalReason"), form.integer("version")),
                validator);
        return FormAction.act(form, redirect, "/console/disputes/legal-aid", () -> {
            aid.decide(id, r);
            return views.text("disputes.flash.aid-decided");
        }, () -> aidPage(views.year(null), model, form));
    }

    @PostMapping("/legal-aid/{id}/closing")
    @Allowed.Drafters
    String close(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = views.form("aid-closing-" + id, params);
        LegalAidClosingRequest r = form.valid(new LegalAidClosingRequest(form.date("closedOn"), form.text("outcome"),
                form.integer("version")), validator);
        return FormAction.act(form, redirect, "/console/disputes/legal-aid", () -> {
            aid.close(id, r);
            return views.text("disputes.flash.aid-closed");
        }, () -> aidPage(views.year(null), model, form));
    }

    private String aidPage(int year, Model model, FormInput form) {
        List<LegalAidCase> list = aid.list(null, year);
        model.addAttribute("cases", list);
        model.addAttribute("names", views.names(list.stream().map(LegalAidCase::unitId).toList()));
        model.addAttribute("matters", views.choices(LegalAidMatter.class, "disputes.matter."));
        model.addAttribute("unitChoices", views.unitChoices());
        model.addAttribute("year", year);
        model.addAttribute("years", views.years());
        model.addAttribute("today", views.today());
        form.addTo(model);
        return "disputes/legal-aid";
    }
}
