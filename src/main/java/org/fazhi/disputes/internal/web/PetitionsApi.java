package org.fazhi.disputes.internal.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import java.net.URI;
import java.util.List;
import org.fazhi.disputes.PetitionExtensionRequest;
import org.fazhi.disputes.LegalAid;
import org.fazhi.disputes.LegalAidCase;
import org.fazhi.disputes.LegalAidClosingRequest;
import org.fazhi.disputes.LegalAidDecisionRequest;
import org.fazhi.disputes.LegalAidRequest;
import org.fazhi.disputes.Petition;
import org.fazhi.disputes.PetitionDecisionRequest;
import org.fazhi.disputes.PetitionGuide;
import org.fazhi.disputes.PetitionOverview;
import org.fazhi.disputes.PetitionRequest;
import org.fazhi.disputes.PetitionStatus;
import org.fazhi.disputes.Petitions;
import org.fazhi.disputes.ReceptionDay;
import org.fazhi.disputes.ReceptionRequest;
import org.fazhi.disputes.PetitionReplyRequest;
import org.fazhi.disputes.PersonRevealRequest;
import org.fazhi.shared.PageResult;
import org.fazhi.shared.web.Allowed;
import org.fazhi.shared.web.Paging;
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
 * Petitions (信访), leaders' reception days and legal aid as JSON. Petitioners and applicants are masked;
 * their full data only through an audited reveal with a reason. Another unit's record answers 404; a step
 * the procedure refuses answers 409 with the reason.
 */
@RestController
@RequestMapping("/api/v1/disputes")
@Validated
@Allowed.Staff
@Tag(name = "disputes", description = "信访、领导接访、法律援助 (petitions and legal aid)")
class PetitionsApi {

    private final Petitions petitions;
    private final PetitionGuide guide;
    private final LegalAid aid;
    private final DisputesViews views;

    PetitionsApi(Petitions petitions, PetitionGuide guide, LegalAid aid, DisputesViews views) {
        this.petitions = petitions;
        this.guide = guide;
        this.aid = aid;
        this.views = views;
    }

    @GetMapping("/petitions")
    @Operation(summary = "Petitions of a unit's subtree by year received and state; petitioners masked")
    PageResult<Petition> petitions(@RequestParam(required = false) @Positive Long unitId,
            @RequestParam(required = false) @Min(2000) @Max(2100) Integer year,
            @RequestParam(required = false) PetitionStatus status,
            @RequestParam(required = false) @Min(0) @Max(100_000) Integer page,
            @RequestParam(required = false) @Min(1) @Max(200) Integer size) {
        return Paging.of(petitions.list(unitId, year, status), page, size);
    }

    @PostMapping("/petitions")
    @Operation(summary = "Register a petition; the acceptance decision is due by PT-01 (on the 督办台)")
    ResponseEntity<Petition> register(@Valid @RequestBody PetitionRequest r) {
        Petition p = petitions.register(r);
        return ResponseEntity.created(URI.create("/api/v1/disputes/petitions/" + p.id())).body(p);
    }

    @GetMapping("/petitions/{id}")
    @Operation(summary = "A petition with its guide, deadlines and the petitioner's review window")
    PetitionOverview petition(@PathVariable @Positive long id) {
        return petitions.overview(id);
    }

    @GetMapping("/petitions/{id}/guide")
    DisputesViews.GuideView petitionGuide(@PathVariable @Positive long id) {
        return views.guide(guide.of(id));
    }

    @PostMapping("/petitions/{id}/acceptance")
    @Operation(summary = "Accept; the handling period (PT-02) starts")
    Petition accept(@PathVariable @Positive long id, @Valid @RequestBody PetitionDecisionRequest r) {
        return petitions.accept(id, r);
    }

    @PostMapping("/petitions/{id}/non-acceptance")
    @Operation(summary = "Do not accept, with the reason and the legal channel")
    Petition decline(@PathVariable @Positive long id, @Valid @RequestBody PetitionDecisionRequest r) {
        return petitions.decline(id, r);
    }

    @PostMapping("/petitions/{id}/transfer")
    @Operation(summary = "Transfer to the body with power to handle it")
    Petition transfer(@PathVariable @Positive long id, @Valid @RequestBody PetitionDecisionRequest r) {
        return petitions.transfer(id, r);
    }

    @PostMapping("/petitions/{id}/extension")
    @Operation(summary = "Extend the handling period once, within it, with the head's approval and the reason")
    Petition extend(@PathVariable @Positive long id, @Valid @RequestBody PetitionExtensionRequest r) {
        return petitions.extend(id, r);
    }

    @PostMapping("/petitions/{id}/reply")
    @Operation(summary = "The written reply; the petitioner may ask for a review within PT-03")
    Petition reply(@PathVariable @Positive long id, @Valid @RequestBody PetitionReplyRequest r) {
        return petitions.reply(id, r);
    }

    @PostMapping("/petitions/{id}/reveal")
    @Operation(summary = "The petitioner's full data, with the reason (audited)")
    Petition reveal(@PathVariable @Positive long id, @Valid @RequestBody PersonRevealRequest r) {
        return petitions.reveal(id, r);
    }

    @GetMapping("/receptions")
    List<ReceptionDay> receptions(@RequestParam(required = false) @Positive Long unitId,
            @RequestParam(required = false) @Min(2000) @Max(2100) Integer year) {
        return petitions.receptions(unitId, year);
    }

    @PostMapping("/receptions")
    @Operation(summary = "Record a leader's reception day")
    ResponseEntity<ReceptionDay> addReception(@Valid @RequestBody ReceptionRequest r) {
        ReceptionDay d = petitions.addReception(r);
        return ResponseEntity.created(URI.create("/api/v1/disputes/receptions/" + d.id())).body(d);
    }

    @GetMapping("/legal-aid")
    PageResult<LegalAidCase> legalAid(@RequestParam(required = false) @Positive Long unitId,
            @RequestParam(required = false) @Min(2000) @Max(2100) Integer year,
            @RequestParam(required = false) @Min(0) @Max(100_000) Integer page,
            @RequestParam(required = false) @Min(1) @Max(200) Integer size) {
        return Paging.of(aid.list(unitId, year), page, size);
    }

    @PostMapping("/legal-aid")
    ResponseEntity<LegalAidCase> apply(@Valid @RequestBody LegalAidRequest r) {
        LegalAidCase a = aid.apply(r);
        return ResponseEntity.created(URI.create("/api/v1/disputes/legal-aid/" + a.id())).body(a);
    }

    @GetMapping("/legal-aid/{id}")
    LegalAidCase legalAidCase(@PathVariable @Positive long id) {
        return aid.get(id);
    }

    @PostMapping("/legal-aid/{id}/decision")
    LegalAidCase decide(@PathVariable @Positive long id, @Valid @RequestBody LegalAidDecisionRequest r) {
        return aid.decide(id, r);
    }

    @PostMapping("/legal-aid/{id}/closing")
    LegalAidCase close(@PathVariable @Positive long id, @Valid @RequestBody LegalAidClosingRequest r) {
        return aid.close(id, r);
    }

    @PostMapping("/legal-aid/{id}/reveal")
    LegalAidCase revealAid(@PathVariable @Positive long id, @Valid @RequestBody PersonRevealRequest r) {
        return aid.reveal(id, r);
    }
}
