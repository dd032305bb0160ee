package org.fazhi.reconsideration.internal.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.fazhi.reconsideration.AcceptanceRequest;
import org.fazhi.reconsideration.AnswerRequest;
import org.fazhi.reconsideration.ApplicationRequest;
import org.fazhi.reconsideration.ApplicationWithdrawalRequest;
import org.fazhi.reconsideration.Applications;
import org.fazhi.reconsideration.ApprovalRequest;
import org.fazhi.reconsideration.CaseGuide;
import org.fazhi.reconsideration.CaseOverviews;
import org.fazhi.reconsideration.CaseStatus;
import org.fazhi.reconsideration.CopyRequest;
import org.fazhi.reconsideration.CorrectionExtensionRequest;
import org.fazhi.reconsideration.CorrectionNoticeRequest;
import org.fazhi.reconsideration.CorrectionReceiptRequest;
import org.fazhi.reconsideration.CorrectionReportRequest;
import org.fazhi.reconsideration.DecisionRequest;
import org.fazhi.reconsideration.Hearing;
import org.fazhi.reconsideration.HearingRecordRequest;
import org.fazhi.reconsideration.HearingScheduleRequest;
import org.fazhi.reconsideration.LetterRequest;
import org.fazhi.reconsideration.MediationRequest;
import org.fazhi.reconsideration.NormdocReview;
import org.fazhi.reconsideration.NormdocReviewRequest;
import org.fazhi.reconsideration.NormdocReviews;
import org.fazhi.reconsideration.NormdocStepRequest;
import org.fazhi.reconsideration.OpinionLetter;
import org.fazhi.reconsideration.OpinionLetters;
import org.fazhi.reconsideration.ReconsiderationBodies;
import org.fazhi.reconsideration.ReconsiderationBody;
import org.fazhi.reconsideration.ReconsiderationBodyRequest;
import org.fazhi.reconsideration.ReconsiderationCase;
import org.fazhi.reconsideration.ReconsiderationCases;
import org.fazhi.reconsideration.ReconsiderationStatistics;
import org.fazhi.reconsideration.RefusalRequest;
import org.fazhi.reconsideration.ResumptionRequest;
import org.fazhi.reconsideration.Statistics;
import org.fazhi.reconsideration.SuspensionEndRequest;
import org.fazhi.reconsideration.SuspensionRequest;
import org.fazhi.reconsideration.TerminationRequest;
import org.fazhi.reconsideration.ViewsRequest;
import org.fazhi.shared.PageQuery;
import org.fazhi.shared.PageResult;
import org.fazhi.shared.web.Allowed;
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
 * Reconsideration as JSON: the cases the caller may see, a case with its guide, every step of the
 * procedure, the letters and their correction reports, the body's statistics and the bodies. A case
 * outside the caller's scope answers 404; a step the law refuses answers 409 with the reason.
 */
@RestController
@RequestMapping("/api/v1/reconsideration")
@Validated
@Allowed.Staff
@Tag(name = "reconsideration", description = "行政复议 (administrative reconsideration)")
class ReconsiderationApi {

    /** An application entered, with the verification code the applicant follows it with (shown once). */
    record Entered(ReconsiderationCase application, String verificationCode) {
    }

    private final CaseOverviews overviews;
    private final CaseGuide guide;
    private final Applications applications;
    private final ReconsiderationCases cases;
    private final NormdocReviews normdocs;
    private final OpinionLetters letters;
    private final ReconsiderationStatistics statistics;
    private final ReconsiderationBodies bodies;
    private final CaseViews views;

    ReconsiderationApi(CaseOverviews overviews, CaseGuide guide, Applications applications, ReconsiderationCases cases,
            NormdocReviews normdocs, OpinionLetters letters, ReconsiderationStatistics statistics,
            ReconsiderationBodies bodies, CaseViews views) {
        this.overviews = overviews;
        this.guide = guide;
        this.applications = applications;
        this.cases = cases;
        this.normdocs = normdocs;
        this.letters = letters;
        this.statistics = statistics;
        this.bodies = bodies;
        this.views = views;
    }

    @GetMapping("/cases")
    @Operation(summary = "Cases handled by or against the caller's units, filtered by body, status, year received, text")
    PageResult<ReconsiderationCase> list(@RequestParam(required = false) @Positive Long bodyId,
            @RequestParam(required = false) CaseStatus status,
            @RequestParam(required = false) @Min(2000) @Max(2100) Integer year,
            @RequestParam(required = false) @Size(max = 100) String q,
            @RequestParam(required = false) @Min(0) @Max(100_000) Integer page,
            @RequestParam(required = false) @Min(1) @Max(200) Integer size) {
        return overviews.list(bodyId, status, year, q, PageQuery.of(page, size));
    }

    @PostMapping("/cases")
    @Operation(summary = "Enter an application received by post, at the counter, orally or through the penalising agency")
    ResponseEntity<Entered> enter(@Valid @RequestBody ApplicationRequest r) {
        Applications.Submitted s = applications.enter(r);
        return ResponseEntity.created(URI.create("/api/v1/reconsideration/cases/" + s.application().id()))
                .body(new Entered(s.application(), s.verificationCode()));
    }

    @GetMapping("/cases/{id}")
    @Operation(summary = "One case (404 outside the caller's scope)")
    ReconsiderationCase get(@PathVariable @Positive long id) {
        return overviews.get(id);
    }

    @GetMapping("/cases/{id}/guide")
    @Operation(summary = "The next legal step, and for each step whether the caller may take it now or why not")
    CaseViews.GuideView guide(@PathVariable @Positive long id) {
        return views.guide(guide.of(id));
    }

    @PostMapping("/cases/{id}/correction-notice")
    @Operation(summary = "补正通知 within the review period (once): the review clock stops, the applicant's runs")
    ReconsiderationCase requestCorrection(@PathVariable @Positive long id, @Valid @RequestBody CorrectionNoticeRequest r) {
        return applications.requestCorrection(id, r);
    }

    @PostMapping("/cases/{id}/correction-receipt")
    @Operation(summary = "补正材料 received: the acceptance review restarts from that day")
    ReconsiderationCase receiveCorrection(@PathVariable @Positive long id, @Valid @RequestBody CorrectionReceiptRequest r) {
        return applications.receiveCorrection(id, r);
    }

    @PostMapping("/cases/{id}/correction-extension")
    @Operation(summary = "A new 补正 period from today for a justified reason (once)")
    ReconsiderationCase extendCorrection(@PathVariable @Positive long id,
            @Valid @RequestBody CorrectionExtensionRequest r) {
        return applications.extendCorrection(id, r);
    }

    @PostMapping("/cases/{id}/acceptance")
    @Operation(summary = "受理 with the procedure (deemed acceptance when taken after the review period)")
    ReconsiderationCase accept(@PathVariable @Positive long id, @Valid @RequestBody AcceptanceRequest r) {
        return applications.accept(id, r);
    }

    @PostMapping("/cases/{id}/refusal")
    @Operation(summary = "不予受理 within the review period, with the reason")
    ReconsiderationCase refuse(@PathVariable @Positive long id, @Valid @RequestBody RefusalRequest r) {
        return applications.refuse(id, r);
    }

    @PostMapping("/cases/{id}/withdrawal")
    @Operation(summary = "The application withdrawn before acceptance")
    ReconsiderationCase withdraw(@PathVariable @Positive long id, @Valid @RequestBody ApplicationWithdrawalRequest r) {
        return applications.withdraw(id, r);
    }

    @PostMapping("/cases/{id}/copy")
    @Operation(summary = "The copy sent to the respondent; its answer period starts")
    ReconsiderationCase sendCopy(@PathVariable @Positive long id, @Valid @RequestBody CopyRequest r) {
        return cases.sendCopy(id, r);
    }

    @PostMapping("/cases/{id}/answer")
    @Operation(summary = "The respondent's written answer with its evidence")
    ReconsiderationCase recordAnswer(@PathVariable @Positive long id, @Valid @RequestBody AnswerRequest r) {
        return cases.recordAnswer(id, r);
    }

    @PostMapping("/cases/{id}/hearings")
    @Operation(summary = "A hearing, noticed at least 5 working days ahead (RC-13)")
    Hearing scheduleHearing(@PathVariable @Positive long id, @Valid @RequestBody HearingScheduleRequest r) {
        return cases.scheduleHearing(id, r);
    }

    @PostMapping("/cases/{id}/hearing-record")
    @Operation(summary = "The hearing held: the respondent's head attended, or who was delegated and why")
    ReconsiderationCase recordHearing(@PathVariable @Positive long id, @Valid @RequestBody HearingRecordRequest r) {
        return cases.recordHearing(id, r);
    }

    @PostMapping("/cases/{id}/views")
    @Operation(summary = "Opinions heard, or written review (ordinary procedure: with the reason)")
    ReconsiderationCase recordViews(@PathVariable @Positive long id, @Valid @RequestBody ViewsRequest r) {
        return cases.recordViews(id, r);
    }

    @PostMapping("/cases/{id}/extension")
    @Operation(summary = "The decision period extended by 30 days with approval (ordinary procedure, once)")
    ReconsiderationCase extend(@PathVariable @Positive long id, @Valid @RequestBody ApprovalRequest r) {
        return cases.extend(id, r);
    }

    @PostMapping("/cases/{id}/conversion")
    @Operation(summary = "A simplified case converted to the ordinary procedure with approval")
    ReconsiderationCase convert(@PathVariable @Positive long id, @Valid @RequestBody ApprovalRequest r) {
        return cases.convertToOrdinary(id, r);
    }

    @PostMapping("/cases/{id}/suspension")
    @Operation(summary = "中止: the decision clock pauses")
    ReconsiderationCase suspend(@PathVariable @Positive long id, @Valid @RequestBody SuspensionRequest r) {
        return cases.suspend(id, r);
    }

    @PostMapping("/cases/{id}/resumption")
    @Operation(summary = "恢复审理: the decision clock runs again")
    ReconsiderationCase resume(@PathVariable @Positive long id, @Valid @RequestBody ResumptionRequest r) {
        return cases.resume(id, r);
    }

    @PostMapping("/cases/{id}/suspension-end")
    @Operation(summary = "终止 after 60 days of suspension on grounds (一)(二)(四) (RC-09)")
    ReconsiderationCase terminateAfterSuspension(@PathVariable @Positive long id,
            @Valid @RequestBody SuspensionEndRequest r) {
        return cases.terminateAfterSuspension(id, r);
    }

    @PostMapping("/cases/{id}/normdoc-review")
    @Operation(summary = "Open the incidental review of a normative document (the case is suspended)")
    NormdocReview openNormdoc(@PathVariable @Positive long id, @Valid @RequestBody NormdocReviewRequest r) {
        return normdocs.open(id, r);
    }

    @PostMapping("/cases/{id}/normdoc-review/notice")
    @Operation(summary = "The issuing organ notified to answer (RC-17, RC-18)")
    NormdocReview notifyIssuer(@PathVariable @Positive long id, @Valid @RequestBody NormdocStepRequest r) {
        return normdocs.notifyIssuer(id, r);
    }

    @PostMapping("/cases/{id}/normdoc-review/answer")
    @Operation(summary = "The issuing organ's answer received")
    NormdocReview recordIssuerAnswer(@PathVariable @Positive long id, @Valid @RequestBody NormdocStepRequest r) {
        return normdocs.recordIssuerAnswer(id, r);
    }

    @PostMapping("/cases/{id}/normdoc-review/forwarding")
    @Operation(summary = "The document forwarded to the organ that may handle it (RC-16, RC-19)")
    NormdocReview forward(@PathVariable @Positive long id, @Valid @RequestBody NormdocStepRequest r) {
        return normdocs.forward(id, r);
    }

    @PostMapping("/cases/{id}/normdoc-review/conclusion")
    @Operation(summary = "The incidental review concluded")
    NormdocReview concludeNormdoc(@PathVariable @Positive long id, @Valid @RequestBody NormdocStepRequest r) {
        return normdocs.conclude(id, r);
    }

    @PostMapping("/cases/{id}/mediation")
    @Operation(summary = "调解书 signed: the case ends")
    ReconsiderationCase mediate(@PathVariable @Positive long id, @Valid @RequestBody MediationRequest r) {
        return cases.mediate(id, r);
    }

    @PostMapping("/cases/{id}/decision")
    @Operation(summary = "行政复议决定 with its type")
    ReconsiderationCase decide(@PathVariable @Positive long id, @Valid @RequestBody DecisionRequest r) {
        return cases.decide(id, r);
    }

    @PostMapping("/cases/{id}/termination")
    @Operation(summary = "终止 (withdrawal, settlement, or another ground of 第四十一条)")
    ReconsiderationCase terminate(@PathVariable @Positive long id, @Valid @RequestBody TerminationRequest r) {
        return cases.terminate(id, r);
    }

    @PostMapping("/cases/{id}/letters")
    @Operation(summary = "Issue an opinion or suggestion letter; its correction report is due in 60 days (RC-08)")
    OpinionLetter issueLetter(@PathVariable @Positive long id, @Valid @RequestBody LetterRequest r) {
        return letters.issue(id, r);
    }

    @GetMapping("/letters")
    @Operation(summary = "Letters the caller's units issued or received")
    List<OpinionLetter> letters() {
        return letters.visible();
    }

    @GetMapping("/letters/{id}")
    @Operation(summary = "One letter (404 outside the caller's scope)")
    OpinionLetter letter(@PathVariable @Positive long id) {
        return letters.get(id);
    }

    @PostMapping("/letters/{id}/report")
    @Operation(summary = "The recipient's correction report")
    OpinionLetter report(@PathVariable @Positive long id, @Valid @RequestBody CorrectionReportRequest r) {
        return letters.report(id, r);
    }

    @GetMapping("/statistics")
    @Operation(summary = "The statistics of the cases handled in a unit's subtree in a year, computed from the cases")
    Statistics statistics(@RequestParam @Positive long unitId, @RequestParam @Min(2000) @Max(2100) int year) {
        return statistics.of(unitId, year);
    }

    @GetMapping("/bodies")
    @Operation(summary = "The reconsideration bodies and the units that handle their cases")
    List<ReconsiderationBody> bodies() {
        return bodies.active();
    }

    @PostMapping("/bodies")
    @Operation(summary = "Add a reconsideration body (法治办, system administrator)")
    ResponseEntity<ReconsiderationBody> addBody(@Valid @RequestBody ReconsiderationBodyRequest r) {
        ReconsiderationBody b = bodies.add(r);
        return ResponseEntity.created(URI.create("/api/v1/reconsideration/bodies/" + b.id())).body(b);
    }
}
