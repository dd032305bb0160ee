package org.fazhi.normdocs.internal.web;

import org.fazhi.shared.web.Allowed;
import org.fazhi.shared.web.Paging;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import org.fazhi.normdocs.Attachments;
import org.fazhi.normdocs.Cleanups;
import org.fazhi.normdocs.DocumentAttachment;
import org.fazhi.normdocs.CorrectionRequest;
import org.fazhi.normdocs.Filing;
import org.fazhi.normdocs.FilingReviewRequest;
import org.fazhi.normdocs.FilingRequest;
import org.fazhi.normdocs.Filings;
import org.fazhi.normdocs.NormativeDocument;
import org.fazhi.normdocs.PostEvaluation;
import org.fazhi.normdocs.ValidityEvent;
import org.fazhi.shared.NotFoundException;
import org.fazhi.shared.PageResult;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
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
 * What a published document carries as JSON: its filing (due date, packet checklist, recording the
 * filing), post-evaluations, repeal, validity history, the documents near expiry, and attachments
 * (起草说明, 制定依据, annexes published with the document, other files) through the file store.
 */
@RestController
@RequestMapping("/api/v1/normdocs")
@Validated
@Allowed.ProcedureReaders
@Tag(name = "normdocs", description = "行政规范性文件 (normative documents)")
class RecordsApi {

    /** The filing of a document and what its packet lacks now. */
    record FilingView(Filing filing, List<String> missingItems) {
    }

    /** A repeal's reason. */
    record RepealRequest(@NotBlank @Size(max = 2000) String reason) {
    }

    private final Filings filings;
    private final Cleanups cleanups;
    private final Attachments attachments;

    RecordsApi(Filings filings, Cleanups cleanups, Attachments attachments) {
        this.filings = filings;
        this.cleanups = cleanups;
        this.attachments = attachments;
    }

    @GetMapping("/documents/{id}/filing")
    @Operation(summary = "The filing duty of a published document and what its packet lacks (404 before publication)")
    FilingView filing(@PathVariable @Positive long id) {
        Filing f = filings.of(id).orElseThrow(() -> new NotFoundException("document-filing", id));
        return new FilingView(f, filings.missingItems(id));
    }

    @PostMapping("/documents/{id}/filing")
    @Operation(summary = "Record the filing with the superior body (an incomplete packet only with acceptIncomplete and a reason)")
    FilingView file(@PathVariable @Positive long id, @Valid @RequestBody FilingRequest r) {
        Filing f = filings.file(id, r);
        return new FilingView(f, filings.missingItems(id));
    }

    @PostMapping("/documents/{id}/filing/review")
    @Operation(summary = "Record the filing body's review result; a requested correction (with the body's opinion) is due within LC-05")
    FilingView recordFilingReview(@PathVariable @Positive long id, @Valid @RequestBody FilingReviewRequest r) {
        Filing f = filings.recordReview(id, r);
        return new FilingView(f, filings.missingItems(id));
    }

    @PostMapping("/documents/{id}/filing/correction")
    @Operation(summary = "Record how and when the correction the filing body asked for was made")
    FilingView recordCorrection(@PathVariable @Positive long id, @Valid @RequestBody CorrectionRequest r) {
        Filing f = filings.recordCorrection(id, r);
        return new FilingView(f, filings.missingItems(id));
    }

    @GetMapping("/documents/{id}/evaluations")
    @Operation(summary = "Post-evaluations of the document")
    List<PostEvaluation> evaluations(@PathVariable @Positive long id) {
        return cleanups.evaluations(id);
    }

    @PostMapping("/documents/{id}/evaluations")
    @Operation(summary = "Record a post-evaluation of a published document")
    ResponseEntity<PostEvaluation> evaluate(@PathVariable @Positive long id,
            @Valid @RequestBody Cleanups.EvaluationRequest r) {
        PostEvaluation e = cleanups.evaluate(id, r);
        return ResponseEntity.created(URI.create("/api/v1/normdocs/documents/" + id + "/evaluations")).body(e);
    }

    @PostMapping("/documents/{id}/repeal")
    @Operation(summary = "Repeal a document in force outside a cleanup campaign")
    NormativeDocument repeal(@PathVariable @Positive long id, @Valid @RequestBody RepealRequest r) {
        return cleanups.repeal(id, r.reason());
    }

    @GetMapping("/documents/{id}/validity-history")
    @Operation(summary = "The validity history: publication, cleanup verdicts, repeal or expiry")
    List<ValidityEvent> history(@PathVariable @Positive long id) {
        return cleanups.history(id);
    }

    @GetMapping("/near-expiry")
    @Operation(summary = "Documents in force of the caller's scope whose validity ends within the notice period (LC-04)")
    PageResult<NormativeDocument> nearExpiry(@RequestParam(required = false) @Min(0) @Max(100_000) Integer page,
            @RequestParam(required = false) @Min(1) @Max(200) Integer size) {
        return Paging.of(cleanups.nearExpiry(), page, size);
    }

    @GetMapping("/documents/{id}/attachments")
    @Operation(summary = "The files attached to the document")
    List<DocumentAttachment> attachments(@PathVariable @Positive long id) {
        return attachments.of(id);
    }

    @PostMapping(value = "/documents/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Attach a file (kind: DRAFTING_NOTES, BASIS, ANNEX published with the document, OTHER)")
    ResponseEntity<DocumentAttachment> attach(@PathVariable @Positive long id, @RequestParam DocumentAttachment.Kind kind,
            @RequestPart("file") MultipartFile file) throws IOException {
        try (InputStream in = file.getInputStream()) {
            DocumentAttachment a = attachments.attach(id, kind, in, file.getOriginalFilename(), file.getContentType());
            return ResponseEntity.created(URI.create("/api/v1/files/" + a.fileId())).body(a);
        }
    }

    @DeleteMapping("/documents/{id}/attachments/{attachmentId}")
    @Operation(summary = "Remove an attachment of a document not yet published")
    ResponseEntity<Void> detach(@PathVariable @Positive long id, @PathVariable @Positive long attachmentId) {
        attachments.remove(id, attachmentId);
        return ResponseEntity.noContent().build();
    }
}
