package org.fazhi.normdocs.internal.web;

import org.fazhi.shared.web.Allowed;
import org.fazhi.normdocs.DocumentGuide;
import org.fazhi.normdocs.Supersession;
import org.fazhi.normdocs.SupersessionRequest;
import org.fazhi.normdocs.Supersessions;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.fazhi.normdocs.DocumentNumbers;
import org.fazhi.normdocs.VersionComparison;
import org.fazhi.normdocs.WithdrawalRequest;
import org.fazhi.normdocs.RegistrationRequest;

import org.fazhi.shared.excel.SpreadsheetDownload;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.fazhi.normdocs.DeliberationRequest;
import org.fazhi.normdocs.DocumentStatus;
import org.fazhi.normdocs.DocumentVersion;
import org.fazhi.normdocs.DraftRequest;
import org.fazhi.normdocs.NormativeDocument;
import org.fazhi.normdocs.NormativeDocuments;
import org.fazhi.normdocs.PublicationRequest;
import org.fazhi.normdocs.Validity;
import org.fazhi.normdocs.VersionRequest;
import org.fazhi.review.LegalityReview;
import org.fazhi.review.TextDiff;
import org.fazhi.shared.PageQuery;
import org.fazhi.shared.PageResult;
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
 * Normative documents as JSON: the list with filters (and as Excel), a document with its procedure
 * guide, versions and their comparison, and the steps of the procedure (legality review,
 * deliberation, registration, publication, withdrawal). A document outside the caller's scope
 * answers 404; a step the law refuses answers 409 with the reason.
 */
@RestController
@RequestMapping("/api/v1/normdocs/documents")
@Validated
@Allowed.ProcedureReaders
@Tag(name = "normdocs", description = "行政规范性文件 (normative documents)")
class DocumentsApi {

    /** The suggested next document number of the document's body this year. */
    record NumberSuggestion(String documentNumber) {
    }

    private final NormativeDocuments documents;
    private final DocumentGuide guide;
    private final DocumentNumbers numbers;
    private final DocumentViews views;
    private final Supersessions supersessions;

    DocumentsApi(NormativeDocuments documents, DocumentGuide guide, DocumentNumbers numbers, DocumentViews views,
            Supersessions supersessions) {
        this.supersessions = supersessions;
        this.documents = documents;
        this.guide = guide;
        this.numbers = numbers;
        this.views = views;
    }

    @GetMapping
    @Operation(summary = "Documents in the caller's scope, filtered by issuing body, year published, step, validity, text")
    PageResult<NormativeDocument> list(@RequestParam(required = false) @Positive Long issuingBodyId,
            @RequestParam(required = false) @Min(1900) @Max(2200) Integer year,
            @RequestParam(required = false) DocumentStatus status, @RequestParam(required = false) Validity validity,
            @RequestParam(required = false) @Size(max = 100) String q,
            @RequestParam(required = false) @Min(0) @Max(100_000) Integer page,
            @RequestParam(required = false) @Min(1) @Max(200) Integer size) {
        return documents.list(issuingBodyId, year, status, validity, q, PageQuery.of(page, size));
    }

    @GetMapping(value = "/export", produces = SpreadsheetDownload.TYPE)
    @Operation(summary = "The filtered list as an XLSX sheet")
    ResponseEntity<byte[]> export(@RequestParam(required = false) @Positive Long issuingBodyId,
            @RequestParam(required = false) @Min(1900) @Max(2200) Integer year,
            @RequestParam(required = false) DocumentStatus status, @RequestParam(required = false) Validity validity,
            @RequestParam(required = false) @Size(max = 100) String q) {
        List<NormativeDocument> all = new ArrayList<>();
        for (int p = 0; p < 500; p++) {
            PageResult<NormativeDocument> result = documents.list(issuingBodyId, year, status, validity, q,
                    new PageQuery(p, 200));
            all.addAll(result.items());
            if (result.items().size() < 200) {
                break;
            }
        }
        return SpreadsheetDownload.of(views.text("normdocs.list.title"), views.text("normdocs.list.title"), views.columns(),
                views.rows(all).stream().<List<?>>map(views::cells).toList());
    }

    @PostMapping
    @Operation(summary = "Start a document (listed, active issuing body only) with its first version")
    ResponseEntity<NormativeDocument> create(@Valid @RequestBody DraftRequest r) {
        NormativeDocument d = documents.create(r);
        return ResponseEntity.created(URI.create("/api/v1/normdocs/documents/" + d.id())).body(d);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One document (404 outside the caller's scope)")
    NormativeDocument get(@PathVariable @Positive long id) {
        return documents.get(id);
    }

    @GetMapping("/{id}/guide")
    @Operation(summary = "The next legal step, and for each step whether the caller may take it now or why not")
    DocumentViews.GuideView guide(@PathVariable @Positive long id) {
        return views.guide(guide.of(id));
    }

    @GetMapping("/{id}/versions")
    @Operation(summary = "The immutable versions of the text, oldest first")
    List<DocumentVersion> versions(@PathVariable @Positive long id) {
        return documents.versions(id);
    }

    @GetMapping("/{id}/versions/{versionId}")
    @Operation(summary = "One version of the text")
    DocumentVersion version(@PathVariable @Positive long id, @PathVariable @Positive long versionId) {
        return documents.version(id, versionId);
    }

    @PostMapping("/{id}/versions")
    @Operation(summary = "Add a version; after a 修改后合法 review name it and answer every required change")
    ResponseEntity<DocumentVersion> addVersion(@PathVariable @Positive long id, @Valid @RequestBody VersionRequest r) {
        DocumentVersion v = documents.addVersion(id, r);
        return ResponseEntity.created(URI.create("/api/v1/normdocs/documents/" + id + "/versions/" + v.id())).body(v);
    }

    @GetMapping("/{id}/versions/comparison")
    @Operation(summary = "Line-by-line comparison of the texts of two versions")
    List<TextDiff.Line> compare(@PathVariable @Positive long id, @RequestParam @Positive long from,
            @RequestParam @Positive long to) {
        VersionComparison c = documents.compare(id, from, to);
        return TextDiff.lines(c.from().body(), c.to().body());
    }

    @GetMapping("/{id}/reviews")
    @Operation(summary = "The legality reviews of the document, oldest first")
    List<LegalityReview> reviews(@PathVariable @Positive long id) {
        return documents.reviews(id);
    }

    @PostMapping("/{id}/review-submission")
    @Operation(summary = "Send the current version to the review desk (consultation done and every comment answered first)")
    LegalityReview submitForReview(@PathVariable @Positive long id) {
        return documents.submitForReview(id);
    }

    @PostMapping("/{id}/deliberation")
    @Operation(summary = "Record the collective deliberation (refused without a passing review of the current version)")
    NormativeDocument deliberate(@PathVariable @Positive long id, @Valid @RequestBody DeliberationRequest r) {
        return documents.deliberate(id, r);
    }

    @GetMapping("/{id}/registration/suggestion")
    @Operation(summary = "The next free document number of the document's body this year")
    NumberSuggestion suggestion(@PathVariable @Positive long id) {
        return new NumberSuggestion(numbers.suggest(id));
    }

    @PostMapping("/{id}/registration")
    @Operation(summary = "Unified registration and numbering by the registering office (gap-free registration number)")
    NormativeDocument register(@PathVariable @Positive long id, @Valid @RequestBody RegistrationRequest r) {
        return documents.register(id, r.documentNumber());
    }

    @PostMapping("/{id}/public-copy/clearance")
    @Operation(summary = "A second person clears the public copy (natural persons' identifiers removed) before publication")
    NormativeDocument clearPublicCopy(@PathVariable @Positive long id) {
        return documents.clearPublicCopy(id);
    }

    @PostMapping("/{id}/publication")
    @Operation(summary = "Publish a registered document: dates, validity period (LC-01), filing duty opened")
    NormativeDocument publish(@PathVariable @Positive long id, @Valid @RequestBody PublicationRequest p) {
        return documents.publish(id, p);
    }

    @PostMapping("/{id}/withdrawal")
    @Operation(summary = "Stop the procedure of an unpublished document")
    NormativeDocument withdraw(@PathVariable @Positive long id, @Valid @RequestBody WithdrawalRequest r) {
        return documents.withdraw(id, r.reason());
    }

    @GetMapping("/{id}/supersessions")
    @Operation(summary = "The documents this one amends, replaces or repeals, and those that changed it")
    List<Supersession> supersessions(@PathVariable @Positive long id) {
        return supersessions.of(id);
    }

    @PostMapping("/{id}/supersessions")
    @Operation(summary = "Name a published document in force that this draft amends, replaces or repeals (applied when it takes effect)")
    ResponseEntity<Supersession> nameSuperseded(@PathVariable @Positive long id,
            @Valid @RequestBody SupersessionRequest r) {
        Supersession s = supersessions.name(id, r);
        return ResponseEntity.created(URI.create("/api/v1/normdocs/documents/" + id + "/supersessions")).body(s);
    }

    @DeleteMapping("/{id}/supersessions/{oldId}")
    @Operation(summary = "Take a named document off the list (before publication)")
    ResponseEntity<Void> unnameSuperseded(@PathVariable @Positive long id, @PathVariable @Positive long oldId) {
        supersessions.unname(id, oldId);
        return ResponseEntity.noContent().build();
    }
}
