package org.fazhi.disclosure.internal.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.fazhi.disclosure.AnnualReport;
import org.fazhi.disclosure.AnnualReports;
import org.fazhi.disclosure.ConsultationRequest;
import org.fazhi.disclosure.CorrectionNoticeRequest;
import org.fazhi.disclosure.DateStepRequest;
import org.fazhi.disclosure.DisclosureRequest;
import org.fazhi.disclosure.DisclosureRequests;
import org.fazhi.disclosure.ExtensionRequest;
import org.fazhi.disclosure.FiledRequest;
import org.fazhi.disclosure.IntakeRequest;
import org.fazhi.disclosure.ReplyRequest;
import org.fazhi.disclosure.ReportCellRequest;
import org.fazhi.disclosure.ReportNoteRequest;
import org.fazhi.disclosure.ReportRequest;
import org.fazhi.disclosure.ReportStatus;
import org.fazhi.disclosure.ReportTextRequest;
import org.fazhi.disclosure.RequestGuide;
import org.fazhi.disclosure.RequestStatus;
import org.fazhi.disclosure.RequesterIdentity;
import org.fazhi.disclosure.RevealRequest;
import org.fazhi.shared.PageQuery;
import org.fazhi.shared.PageResult;
import org.fazhi.shared.procedure.Guide;
import org.fazhi.shared.web.Allowed;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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
 * Information disclosure as JSON: requests (intake by post or at the counter, the steps of the procedure,
 * the guide, the requester's identity revealed with a reason) and the annual reports (opening, narratives,
 * entered cells, submission, approval, the DOCX). Another unit's record answers 404; a step the procedure
 * refuses answers 409 with the reason.
 */
@RestController
@RequestMapping("/api/v1/disclosure")
@Validated
@Allowed.Staff
@Tag(name = "disclosure", description = "依申请公开与政府信息公开工作年度报告 (disclosure)")
class DisclosureApi {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final DisclosureRequests requests;
    private final RequestGuide guide;
    private final AnnualReports reports;

    DisclosureApi(DisclosureRequests requests, RequestGuide guide, AnnualReports reports) {
        this.requests = requests;
        this.guide = guide;
        this.reports = reports;
    }

    @GetMapping("/requests")
    @Operation(summary = "Requests in the caller's scope (requester masked), newest first")
    PageResult<DisclosureRequest> list(@RequestParam(required = false) RequestStatus status,
            @RequestParam(required = false) @Min(0) @Max(100_000) Integer page,
            @RequestParam(required = false) @Min(1) @Max(200) Integer size) {
        return requests.list(status, PageQuery.of(page, size));
    }

    @PostMapping("/requests")
    @Operation(summary = "Enter a request received by post or at the counter; the reply is due in 20 working days (GI-01)")
    ResponseEntity<FiledRequest> receive(@Valid @RequestBody IntakeRequest r) {
        FiledRequest f = requests.receive(r);
        return ResponseEntity.created(URI.create("/api/v1/disclosure/requests/" + f.id())).body(f);
    }

    @GetMapping("/requests/{id}")
    @Operation(summary = "One request (requester masked; 404 outside the caller's scope)")
    DisclosureRequest get(@PathVariable @Positive long id) {
        return requests.request(id);
    }

    @GetMapping("/requests/{id}/guide")
    @Operation(summary = "The next legal step, and for each step whether the caller may take it now or why not")
    Guide<RequestStatus> guide(@PathVariable @Positive long id) {
        return guide.of(id);
    }

    @PostMapping("/requests/{id}/reveal")
    @Operation(summary = "The requester's full identity, with the reason (audited)")
    RequesterIdentity reveal(@PathVariable @Positive long id, @Valid @RequestBody RevealRequest r) {
        return requests.reveal(id, r);
    }

    @PostMapping("/requests/{id}/correction-notice")
    @Operation(summary = "The one-time 补正 notice within 7 working days (GI-02); the clock restarts on the 补正")
    DisclosureRequest askCorrection(@PathVariable @Positive long id, @Valid @RequestBody CorrectionNoticeRequest r) {
        return requests.askCorrection(id, r);
    }

    @PostMapping("/requests/{id}/correction-received")
    @Operation(summary = "The 补正 received: a new 20-working-day limit from that day")
    DisclosureRequest receiveCorrection(@PathVariable @Positive long id, @Valid @RequestBody DateStepRequest r) {
        return requests.receiveCorrection(id, r);
    }

    @PostMapping("/requests/{id}/consultation")
    @Operation(summary = "Consult a third party (GI-03): the reply clock pauses")
    DisclosureRequest consult(@PathVariable @Positive long id, @Valid @RequestBody ConsultationRequest r) {
        return requests.consult(id, r);
    }

    @PostMapping("/requests/{id}/consultation-end")
    @Operation(summary = "The consultation ends: the reply clock resumes")
    DisclosureRequest endConsultation(@PathVariable @Positive long id, @Valid @RequestBody DateStepRequest r) {
        return requests.endConsultation(id, r);
    }

    @PostMapping("/requests/{id}/extension")
    @Operation(summary = "The approved extension of up to 20 working days, before the first limit ends (GI-01)")
    DisclosureRequest extend(@PathVariable @Positive long id, @Valid @RequestBody ExtensionRequest r) {
        return requests.extend(id, r);
    }

    @PostMapping("/requests/{id}/reply")
    @Operation(summary = "The reply with its reason (GI-04)")
    DisclosureRequest reply(@PathVariable @Positive long id, @Valid @RequestBody ReplyRequest r) {
        return requests.reply(id, r);
    }

    @GetMapping(value = "/requests/{id}/letter", produces = DOCX)
    @Operation(summary = "The reply letter (答复书) as DOCX, generated from the record (audited)")
    ResponseEntity<byte[]> letter(@PathVariable @Positive long id, Locale locale) {
        return docx(requests.letter(id, locale), "reply-" + id + ".docx");
    }

    // ----- annual reports -----

    @GetMapping("/reports")
    @Operation(summary = "The annual reports in the caller's scope, of one year or all")
    List<AnnualReport> reports(@RequestParam(required = false) @Min(2000) @Max(2100) Integer year) {
        return reports.reports(year);
    }

    @PostMapping("/reports")
    @Operation(summary = "Open a unit's annual report for a year, with its deadline (GI-06)")
    ResponseEntity<AnnualReport> open(@Valid @RequestBody ReportRequest r) {
        AnnualReport a = reports.open(r);
        return ResponseEntity.created(URI.create("/api/v1/disclosure/reports/" + a.id())).body(a);
    }

    @GetMapping("/reports/{id}")
    @Operation(summary = "One report with its tables computed and its failed cross-checks")
    AnnualReport report(@PathVariable @Positive long id) {
        return reports.report(id);
    }

    @GetMapping("/reports/{id}/guide")
    @Operation(summary = "The report's next step, and for each step whether the caller may take it now")
    Guide<ReportStatus> reportGuide(@PathVariable @Positive long id) {
        return reports.guide(id);
    }

    @PostMapping("/reports/{id}/texts")
    @Operation(summary = "The narratives of sections 一, 五 and 六")
    AnnualReport texts(@PathVariable @Positive long id, @Valid @RequestBody ReportTextRequest r) {
        return reports.saveTexts(id, r);
    }

    @PostMapping("/reports/{id}/cells")
    @Operation(summary = "A cell of Table 二 or 四 no module supplies, with its source")
    AnnualReport cell(@PathVariable @Positive long id, @Valid @RequestBody ReportCellRequest r) {
        return reports.enterCell(id, r);
    }

    @PostMapping("/reports/{id}/submit")
    @Operation(summary = "Submit for approval: every cell there, the cross-checks hold")
    AnnualReport submit(@PathVariable @Positive long id, @Valid @RequestBody ReportNoteRequest r) {
        return reports.submit(id, r);
    }

    @PostMapping("/reports/{id}/approve")
    @Operation(summary = "A second person approves: published on the portal, the deadline met")
    AnnualReport approve(@PathVariable @Positive long id, @Valid @RequestBody ReportNoteRequest r) {
        return reports.approve(id, r);
    }

    @PostMapping("/reports/{id}/return")
    @Operation(summary = "Return the submitted report to its preparer, with the reason")
    AnnualReport returnReport(@PathVariable @Positive long id, @Valid @RequestBody ReportNoteRequest r) {
        return reports.returnReport(id, r);
    }

    @GetMapping(value = "/reports/{id}/docx", produces = DOCX)
    @Operation(summary = "The report as DOCX in the official format (409 naming the cell while a cross-check fails)")
    ResponseEntity<byte[]> reportDocx(@PathVariable @Positive long id, Locale locale) {
        return docx(reports.docx(id, locale), "annual-report-" + id + ".docx");
    }

    static ResponseEntity<byte[]> docx(byte[] bytes, String name) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(DOCX))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"").body(bytes);
    }
}
