package org.fazhi.disputes.internal.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.fazhi.disputes.MediationAcceptanceRequest;
import org.fazhi.disputes.AdminMediationStaff;
import org.fazhi.disputes.AdministrativeMediation;
import org.fazhi.disputes.AgreementRequest;
import org.fazhi.disputes.MediationGuide;
import org.fazhi.disputes.CaseIntakeRequest;
import org.fazhi.disputes.ConfirmationRequest;
import org.fazhi.disputes.ConfirmationWindow;
import org.fazhi.disputes.DeclineRequest;
import org.fazhi.disputes.DepartmentStaffing;
import org.fazhi.disputes.EndingRequest;
import org.fazhi.disputes.FailureRequest;
import org.fazhi.disputes.AgreementFulfilmentRequest;
import org.fazhi.disputes.LegalServicePoint;
import org.fazhi.disputes.LegalServices;
import org.fazhi.disputes.MediationCase;
import org.fazhi.disputes.MediationCases;
import org.fazhi.disputes.MediationOrg;
import org.fazhi.disputes.MediationOrgRequest;
import org.fazhi.disputes.MediationOrgs;
import org.fazhi.disputes.MediationStatus;
import org.fazhi.disputes.Mediator;
import org.fazhi.disputes.MediatorRequest;
import org.fazhi.disputes.OrgResolution;
import org.fazhi.disputes.Party;
import org.fazhi.disputes.PartyRequest;
import org.fazhi.disputes.PartyRefusalRequest;
import org.fazhi.disputes.PersonRevealRequest;
import org.fazhi.disputes.ServicePointRequest;
import org.fazhi.disputes.ServiceTally;
import org.fazhi.disputes.StaffRequest;
import org.fazhi.disputes.TallyRequest;
import org.fazhi.disputes.VillageAdviser;
import org.fazhi.disputes.VillageAdviserRequest;
import org.fazhi.disputes.VillageCoverage;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.PageResult;
import org.fazhi.shared.web.Allowed;
import org.fazhi.shared.web.Paging;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * People's mediation and public legal services as JSON: committees and mediators with their coverage of
 * the villages, mediation cases with their guide and steps (the judicial-confirmation window included),
 * the resolution rate per committee, administrative mediation staff per enforcement department, service
 * points and their monthly consultations, village legal advisers with their coverage. Another unit's record
 * answers 404; a step the procedure refuses answers 409 with the reason; parties are masked.
 */
@RestController
@RequestMapping("/api/v1/disputes")
@Validated
@Allowed.Staff
@Tag(name = "disputes", description = "人民调解、行政调解、公共法律服务 (mediation and legal services)")
class DisputesApi {

    private final MediationOrgs orgs;
    private final MediationCases cases;
    private final MediationGuide guide;
    private final AdministrativeMediation administrative;
    private final LegalServices services;
    private final DisputesViews views;

    DisputesApi(MediationOrgs orgs, MediationCases cases, MediationGuide guide, AdministrativeMediation administrative,
            LegalServices services, DisputesViews views) {
        this.orgs = orgs;
        this.cases = cases;
        this.guide = guide;
        this.administrative = administrative;
        this.services = services;
        this.views = views;
    }

    // ----- committees and mediators -----

    @GetMapping("/orgs")
    @Operation(summary = "Mediation committees of a unit's subtree (the caller's scope when no unit is given)")
    PageResult<MediationOrg> orgs(@RequestParam(required = false) @Positive Long unitId,
            @RequestParam(required = false) @Min(0) @Max(100_000) Integer page,
            @RequestParam(required = false) @Min(1) @Max(200) Integer size) {
        return Paging.of(orgs.list(unitId), page, size);
    }

    @PostMapping("/orgs")
    @Operation(summary = "Register a committee (a village committee belongs to a village unit, one per village)")
    ResponseEntity<MediationOrg> createOrg(@Valid @RequestBody MediationOrgRequest r) {
        MediationOrg o = orgs.create(r);
        return ResponseEntity.created(URI.create("/api/v1/disputes/orgs/" + o.id())).body(o);
    }

    @GetMapping("/orgs/{id}")
    MediationOrg org(@PathVariable @Positive long id) {
        return orgs.get(id);
    }

    @PostMapping("/orgs/{id}/dissolution")
    @Operation(summary = "The committee is dissolved from a day")
    MediationOrg dissolve(@PathVariable @Positive long id, @Valid @RequestBody EndingRequest r) {
        return orgs.dissolve(id, r);
    }

    @GetMapping("/orgs/{id}/mediators")
    List<Mediator> mediators(@PathVariable @Positive long id) {
        return orgs.mediators(id);
    }

    @PostMapping("/orgs/{id}/mediators")
    ResponseEntity<Mediator> addMediator(@PathVariable @Positive long id, @Valid @RequestBody MediatorRequest r) {
        Mediator m = orgs.addMediator(id, r);
        return ResponseEntity.created(URI.create("/api/v1/disputes/orgs/" + id + "/mediators")).body(m);
    }

    @PostMapping("/orgs/{id}/mediators/{mediatorId}/leaving")
    Mediator mediatorLeft(@PathVariable @Positive long id, @PathVariable @Positive long mediatorId,
            @Valid @RequestBody EndingRequest r) {
        return orgs.mediatorLeft(id, mediatorId, r);
    }

    @GetMapping("/coverage/committees")
    @Operation(summary = "Which villages of the unit's subtree have a village committee on a day (today by default)")
    VillageCoverage committeeCoverage(@RequestParam(required = false) @Positive Long unitId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        return orgs.coverage(unit(unitId), on);
    }

    // ----- cases -----

    @GetMapping("/cases")
    @Operation(summary = "Mediation cases of a unit's subtree, by year received and state; parties are not listed")
    PageResult<MediationCase> cases(@RequestParam(required = false) @Positive Long unitId,
            @RequestParam(required = false) @Min(2000) @Max(2100) Integer year,
            @RequestParam(required = false) MediationStatus status,
            @RequestParam(required = false) @Min(0) @Max(100_000) Integer page,
            @RequestParam(required = false) @Min(1) @Max(200) Integer size) {
        return Paging.of(cases.list(unitId, year, status), page, size);
    }

    @PostMapping("/cases")
    @Operation(summary = "A dispute received or found by screening, with its parties")
    ResponseEntity<MediationCase> intake(@Valid @RequestBody CaseIntakeRequest r) {
        MediationCase c = cases.intake(r);
        return ResponseEntity.created(URI.create("/api/v1/disputes/cases/" + c.id())).body(c);
    }

    @GetMapping("/cases/{id}")
    MediationCase mediationCase(@PathVariable @Positive long id) {
        return cases.get(id);
    }

    @GetMapping("/cases/{id}/guide")
    @Operation(summary = "The next step the law asks, and for each step whether the caller may take it now or why not")
    DisputesViews.GuideView caseGuide(@PathVariable @Positive long id) {
        return views.guide(guide.of(id));
    }

    @GetMapping("/cases/{id}/parties")
    @Operation(summary = "The parties, masked")
    List<Party> parties(@PathVariable @Positive long id) {
        return cases.parties(id);
    }

    @PostMapping("/cases/{id}/parties")
    MediationCase addParty(@PathVariable @Positive long id, @Valid @RequestBody PartyRequest r) {
        return cases.addParty(id, r);
    }

    @PostMapping("/cases/{id}/parties/{partyId}/reveal")
    @Operation(summary = "A party's full data for the case's handlers, with the reason (audited)")
    Party revealParty(@PathVariable @Positive long id, @PathVariable @Positive long partyId,
            @Valid @RequestBody PersonRevealRequest r) {
        return cases.revealParty(id, partyId, r);
    }

    @PostMapping("/cases/{id}/refusal")
    @Operation(summary = "A party refuses mediation (人民调解法第十七条)")
    MediationCase refusal(@PathVariable @Positive long id, @Valid @RequestBody PartyRefusalRequest r) {
        return cases.recordRefusal(id, r);
    }

    @PostMapping("/cases/{id}/acceptance")
    @Operation(summary = "Take the case up for mediation with a mediator of the committee")
    MediationCase accept(@PathVariable @Positive long id, @Valid @RequestBody MediationAcceptanceRequest r) {
        return cases.accept(id, r);
    }

    @PostMapping("/cases/{id}/declining")
    @Operation(summary = "Do not take the case up, with the reason")
    MediationCase decline(@PathVariable @Positive long id, @Valid @RequestBody DeclineRequest r) {
        return cases.decline(id, r);
    }

    @PostMapping("/cases/{id}/agreement")
    @Operation(summary = "The agreement; the parties' judicial-confirmation window (PM-01) goes on the 督办台")
    MediationCase agree(@PathVariable @Positive long id, @Valid @RequestBody AgreementRequest r) {
        return cases.agree(id, r);
    }

    @PostMapping("/cases/{id}/failure")
    @Operation(summary = "Mediation ended without agreement, with the reason")
    MediationCase fail(@PathVariable @Positive long id, @Valid @RequestBody FailureRequest r) {
        return cases.fail(id, r);
    }

    @PostMapping("/cases/{id}/confirmation")
    @Operation(summary = "The parties applied for judicial confirmation within the window, or will not apply")
    MediationCase confirmation(@PathVariable @Positive long id, @Valid @RequestBody ConfirmationRequest r) {
        return cases.recordConfirmation(id, r);
    }

    @PostMapping("/cases/{id}/fulfilment")
    MediationCase fulfilment(@PathVariable @Positive long id, @Valid @RequestBody AgreementFulfilmentRequest r) {
        return cases.recordFulfilment(id, r);
    }

    @GetMapping("/cases/{id}/window")
    @Operation(summary = "The parties' window to apply for judicial confirmation, counted on the calendar (PM-01)")
    ResponseEntity<ConfirmationWindow> window(@PathVariable @Positive long id) {
        ConfirmationWindow w = cases.window(id);
        return w == null ? ResponseEntity.noContent().build() : ResponseEntity.ok(w);
    }

    @GetMapping("/resolution")
    @Operation(summary = "Cases received in a year and the resolution rate, per committee of the unit's subtree")
    List<OrgResolution> resolution(@RequestParam(required = false) @Positive Long unitId,
            @RequestParam(required = false) @Min(2000) @Max(2100) Integer year) {
        return cases.resolutionByOrg(unitId, views.year(year));
    }

    // ----- administrative mediation staff -----

    @GetMapping("/staff")
    List<AdminMediationStaff> staff(@RequestParam(required = false) @Positive Long unitId) {
        return administrative.list(unitId);
    }

    @PostMapping("/staff")
    @Operation(summary = "Assign a staff member of an enforcement department to administrative mediation")
    ResponseEntity<AdminMediationStaff> addStaff(@Valid @RequestBody StaffRequest r) {
        AdminMediationStaff s = administrative.add(r);
        return ResponseEntity.created(URI.create("/api/v1/disputes/staff/" + s.id())).body(s);
    }

    @PostMapping("/staff/{id}/ending")
    AdminMediationStaff endStaff(@PathVariable @Positive long id, @Valid @RequestBody EndingRequest r) {
        return administrative.end(id, r);
    }

    @GetMapping("/staffing")
    @Operation(summary = "Each enforcement department's administrative mediation staff on a day against SD-18")
    List<DepartmentStaffing> staffing(@RequestParam(required = false) @Positive Long unitId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        return administrative.departments(unit(unitId), on);
    }

    // ----- legal services -----

    @GetMapping("/service-points")
    List<LegalServicePoint> points(@RequestParam(required = false) @Positive Long unitId) {
        return services.points(unitId);
    }

    @PostMapping("/service-points")
    @Operation(summary = "Register a service point (centre: county; station: township; room: village)")
    ResponseEntity<LegalServicePoint> addPoint(@Valid @RequestBody ServicePointRequest r) {
        LegalServicePoint p = services.addPoint(r);
        return ResponseEntity.created(URI.create("/api/v1/disputes/service-points/" + p.id())).body(p);
    }

    @PostMapping("/service-points/{id}/closing")
    LegalServicePoint closePoint(@PathVariable @Positive long id, @Valid @RequestBody EndingRequest r) {
        return services.closePoint(id, r);
    }

    @PostMapping("/service-points/{id}/tallies")
    @Operation(summary = "The consultations a point answered in a month (replaces that month's figure)")
    ServiceTally tally(@PathVariable @Positive long id, @Valid @RequestBody TallyRequest r) {
        return services.tally(id, r);
    }

    @GetMapping("/tallies")
    List<ServiceTally> tallies(@RequestParam(required = false) @Positive Long unitId,
            @RequestParam(required = false) @Min(2000) @Max(2100) Integer year) {
        return services.tallies(unitId, views.year(year));
    }

    @GetMapping("/advisers")
    List<VillageAdviser> advisers(@RequestParam(required = false) @Positive Long unitId) {
        return services.advisers(unitId);
    }

    @PostMapping("/advisers")
    @Operation(summary = "A village's legal adviser for a contract term")
    ResponseEntity<VillageAdviser> addAdviser(@Valid @RequestBody VillageAdviserRequest r) {
        VillageAdviser a = services.addAdviser(r);
        return ResponseEntity.created(URI.create("/api/v1/disputes/advisers/" + a.id())).body(a);
    }

    @GetMapping("/coverage/advisers")
    @Operation(summary = "Which villages of the unit's subtree have a legal adviser on a day (SD-19)")
    VillageCoverage adviserCoverage(@RequestParam(required = false) @Positive Long unitId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        return services.adviserCoverage(unit(unitId), on);
    }

    private long unit(Long unitId) {
        Long unit = unitId == null ? views.home() : unitId;
        if (unit == null) {
            throw InvalidInputException.field("unitId", "disputes.unit.required");
        }
        return unit;
    }
}
