package org.fazhi.enforcement.internal.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import org.fazhi.enforcement.ActRequest;
import org.fazhi.enforcement.ActionKind;
import org.fazhi.enforcement.CaseAct;
import org.fazhi.enforcement.CaseEvidence;
import org.fazhi.enforcement.CaseExtension;
import org.fazhi.enforcement.CaseGuide;
import org.fazhi.enforcement.CaseStatus;
import org.fazhi.enforcement.ClosingRequest;
import org.fazhi.enforcement.CriminalTransfer;
import org.fazhi.enforcement.CriminalTransfers;
import org.fazhi.enforcement.DecisionChangeRequest;
import org.fazhi.enforcement.DecisionPublications;
import org.fazhi.enforcement.DecisionRequest;
import org.fazhi.enforcement.DiscussionRequest;
import org.fazhi.enforcement.EnforcementCase;
import org.fazhi.enforcement.EnforcementCases;
import org.fazhi.enforcement.EvidenceItem;
import org.fazhi.enforcement.EvidenceKind;
import org.fazhi.enforcement.EvidenceRequest;
import org.fazhi.enforcement.EvidenceStage;
import org.fazhi.enforcement.ExecutionRequest;
import org.fazhi.enforcement.ExtensionRequest;
import org.fazhi.enforcement.HearingRequest;
import org.fazhi.enforcement.NoticeRequest;
import org.fazhi.enforcement.OpeningRequest;
import org.fazhi.enforcement.PartyRequest;
import org.fazhi.enforcement.ProposalRequest;
import org.fazhi.enforcement.PublicationStepRequest;
import org.fazhi.enforcement.PublishedDecision;
import org.fazhi.enforcement.ServiceRequest;
import org.fazhi.enforcement.SummaryRequest;
import org.fazhi.enforcement.TeamRequest;
import org.fazhi.enforcement.TransferRequest;
import org.fazhi.review.LegalityReview;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.PageQuery;
import org.fazhi.shared.PageResult;
import org.fazhi.shared.web.Allowed;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Enforcement cases as JSON: the list (newest first, without a full count), a case with its guide,
 * acts and evidence, and every step of the procedure. A case outside the caller's scope answers 404;
 * a step the law refuses answers 409 with the reason's code; bad input 400 with the fields.
 */
@RestController
@RequestMapping("/api/v1/enforcement/cases")
@Validated
@Allowed.Staff
@Tag(name = "enforcement", description = "行政执法案件 (enforcement cases)")
class CasesApi {

    private final EnforcementCases cases;
    private final CaseGuide guide;
    private final CaseEvidence evidence;
    private final DecisionPublications publications;
    private final CriminalTransfers transfers;
    private final CaseViews views;

    CasesApi(EnforcementCases cases, CaseGuide guide, CaseEvidence evidence, DecisionPublications publications,
            CriminalTransfers transfers, CaseViews views) {
        this.cases = cases;
        this.guide = guide;
        this.evidence = evidence;
        this.publications = publications;
        this.transfers = transfers;
        this.views = views;
    }

    @GetMapping
    @Operation(summary = "Cases of the caller's agencies, newest opened first; total counts rows up to this page (+1 when more follow)")
    PageResult<EnforcementCase> list(@RequestParam(required = false) @Positive Long agencyId,
            @RequestParam(required = false) CaseStatus status, @RequestParam(required = false) ActionKind kind,
            @RequestParam(required = false) @Min(1900) @Max(2200) Integer year,
            @RequestParam(required = false) @Size(max = 100) String q,
            @RequestParam(required = false) @Min(0) @Max(100_000) Integer page,
            @RequestParam(required = false) @Min(1) @Max(200) Integer size) {
        return cases.list(agencyId, status, kind, year, q, PageQuery.of(page, size));
    }

    @PostMapping
    @Operation(summary = "Open a case on a power item of the agency (PN-01: two officers with valid certificates)")
    ResponseEntity<EnforcementCase> open(@Valid @RequestBody OpeningRequest r) {
        EnforcementCase c = cases.open(r);
        return ResponseEntity.created(URI.create("/api/v1/enforcement/cases/" + c.id())).body(c);
    }

    @PostMapping("/summary")
    @Operation(summary = "Decide a penalty on the spot within PN-08's limits")
    ResponseEntity<EnforcementCase> summary(@Valid @RequestBody SummaryRequest r) {
        EnforcementCase c = cases.openSummary(r);
        return ResponseEntity.created(URI.create("/api/v1/enforcement/cases/" + c.id())).body(c);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One case (404 outside the caller's scope)")
    EnforcementCase get(@PathVariable @Positive long id) {
        return cases.get(id);
    }

    @GetMapping("/{id}/guide")
    @Operation(summary = "The next legal step, and for each step whether the caller may take it now or why not")
    CaseViews.GuideView guide(@PathVariable @Positive long id) {
        return views.guide(guide.of(id));
    }

    @GetMapping("/{id}/acts")
    List<CaseAct> acts(@PathVariable @Positive long id) {
        return cases.acts(id);
    }

    @GetMapping("/{id}/evidence")
    List<EvidenceItem> evidence(@PathVariable @Positive long id) {
        return evidence.of(id);
    }

    @PostMapping(path = "/{id}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Add evidence (multipart: file, title, kind, stage, capturedAt, capturedPlace, actId)")
    EvidenceItem addEvidence(@PathVariable @Positive long id, @RequestPart("file") MultipartFile file,
            @RequestParam @NotBlank @Size(max = 200) String title, @RequestParam @NotNull EvidenceKind kind,
            @RequestParam @NotNull EvidenceStage stage, @RequestParam(required = false) java.time.Instant capturedAt,
            @RequestParam(required = false) @Size(max = 200) String capturedPlace,
            @RequestParam(required = false) @Positive Long actId) {
        try (InputStream in = file.getInputStream()) {
            return evidence.add(id, in, file.getOriginalFilename(), file.getContentType(),
                    new EvidenceRequest(title, kind, stage, capturedAt, capturedPlace, actId, null));
        } catch (IOException e) {
            throw InvalidInputException.field("file", "enforcement.evidence.unreadable");
        }
    }

    @PostMapping("/{id}/team")
    EnforcementCase team(@PathVariable @Positive long id, @Valid @RequestBody TeamRequest r) {
        return cases.assignTeam(id, r);
    }

    @PostMapping("/{id}/acts")
    CaseAct act(@PathVariable @Positive long id, @Valid @RequestBody ActRequest r) {
        return cases.recordAct(id, r);
    }

    @PostMapping("/{id}/proposal")
    @Operation(summary = "Findings and proposed decision, checked against the benchmark and the lenient lists")
    EnforcementCase propose(@PathVariable @Positive long id, @Valid @RequestBody ProposalRequest r) {
        return cases.proposeOrRevise(id, r);
    }

    @PostMapping("/{id}/notice")
    EnforcementCase notice(@PathVariable @Positive long id, @Valid @RequestBody NoticeRequest r) {
        return cases.notice(id, r);
    }

    @PostMapping("/{id}/waiver")
    EnforcementCase waive(@PathVariable @Positive long id, @Valid @RequestBody PartyRequest r) {
        return cases.waiveStatement(id, r);
    }

    @PostMapping("/{id}/hearing-request")
    EnforcementCase requestHearing(@PathVariable @Positive long id, @Valid @RequestBody PartyRequest r) {
        return cases.requestHearing(id, r);
    }

    @PostMapping("/{id}/hearing-schedule")
    EnforcementCase scheduleHearing(@PathVariable @Positive long id, @Valid @RequestBody HearingRequest r) {
        return cases.scheduleHearing(id, r);
    }

    @PostMapping("/{id}/hearing")
    EnforcementCase holdHearing(@PathVariable @Positive long id, @Valid @RequestBody HearingRequest r) {
        return cases.holdHearing(id, r);
    }

    @PostMapping("/{id}/review")
    @Operation(summary = "Submit the case to the review desk (重大执法决定法制审核)")
    LegalityReview review(@PathVariable @Positive long id) {
        return cases.submitForReview(id);
    }

    @PostMapping("/{id}/discussion")
    EnforcementCase discuss(@PathVariable @Positive long id, @Valid @RequestBody DiscussionRequest r) {
        return cases.discuss(id, r);
    }

    @PostMapping("/{id}/decision")
    @Operation(summary = "Decide (PN-05 review and discussion where required; a late decision is flagged)")
    EnforcementCase decide(@PathVariable @Positive long id, @Valid @RequestBody DecisionRequest r) {
        return cases.decide(id, r);
    }

    @PostMapping("/{id}/service")
    EnforcementCase serve(@PathVariable @Positive long id, @Valid @RequestBody ServiceRequest r) {
        return cases.serve(id, r);
    }

    @PostMapping("/{id}/execution")
    EnforcementCase execute(@PathVariable @Positive long id, @Valid @RequestBody ExecutionRequest r) {
        return cases.execute(id, r);
    }

    @PostMapping("/{id}/closing")
    EnforcementCase close(@PathVariable @Positive long id, @Valid @RequestBody ClosingRequest r) {
        return cases.close(id, r);
    }

    @PostMapping("/{id}/termination")
    EnforcementCase terminate(@PathVariable @Positive long id, @Valid @RequestBody ClosingRequest r) {
        return cases.terminate(id, r);
    }

    @PostMapping("/{id}/archive")
    @Operation(summary = "Archive a closed case whose full-process record is complete (PN-04)")
    EnforcementCase archive(@PathVariable @Positive long id, @Valid @RequestBody ClosingRequest r) {
        return cases.archive(id, r);
    }

    @PostMapping("/{id}/extension")
    CaseExtension extend(@PathVariable @Positive long id, @Valid @RequestBody ExtensionRequest r) {
        return cases.extendDeadline(id, r);
    }

    @PostMapping("/{id}/publication")
    @Operation(summary = "Publish the decision (identifiers of natural persons removed)")
    PublishedDecision publish(@PathVariable @Positive long id, @Valid @RequestBody PublicationStepRequest r) {
        return publications.publish(id, r);
    }

    @PostMapping("/{id}/change")
    EnforcementCase change(@PathVariable @Positive long id, @Valid @RequestBody DecisionChangeRequest r) {
        return publications.changeDecision(id, r);
    }

    @PostMapping("/{id}/withdrawal")
    PublishedDecision withdraw(@PathVariable @Positive long id, @Valid @RequestBody PublicationStepRequest r) {
        return publications.withdraw(id, r);
    }

    @GetMapping("/{id}/publication")
    DecisionPublications.Standing publication(@PathVariable @Positive long id) {
        return publications.standing(id);
    }

    @PostMapping("/{id}/transfers")
    CriminalTransfer transfer(@PathVariable @Positive long id, @Valid @RequestBody TransferRequest r) {
        return transfers.transfer(id, r);
    }
}
