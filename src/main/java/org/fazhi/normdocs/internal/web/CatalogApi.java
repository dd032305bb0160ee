package org.fazhi.normdocs.internal.web;

import org.fazhi.shared.web.Allowed;
import org.fazhi.shared.web.Paging;

import org.fazhi.shared.excel.SpreadsheetDownload;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.fazhi.normdocs.CatalogImport;
import org.fazhi.normdocs.CleanupCampaign;
import org.fazhi.normdocs.CleanupLine;
import org.fazhi.normdocs.CleanupVerdict;
import org.fazhi.normdocs.Cleanups;
import org.fazhi.normdocs.DraftingPlans;
import org.fazhi.normdocs.DraftingPlans.PlanItemRequest;
import org.fazhi.normdocs.IssuingBodies;
import org.fazhi.normdocs.IssuingBodies.BodyRequest;
import org.fazhi.normdocs.IssuingBody;
import org.fazhi.normdocs.PlanItem;
import org.fazhi.shared.PageResult;
import org.fazhi.shared.excel.ImportReport;
import org.fazhi.shared.web.ProblemTypes;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The catalog around the documents as JSON: issuing bodies and registering offices, the drafting
 * plan, cleanup campaigns with their verdicts, and the import of an existing catalog from Excel
 * (all or nothing; 422 with the row-by-row report).
 */
@RestController
@RequestMapping("/api/v1/normdocs")
@Validated
@Allowed.ProcedureReaders
@Tag(name = "normdocs", description = "行政规范性文件 (normative documents)")
class CatalogApi {

    /** A registering office and its registration-number code. */
    record OfficeRequest(@NotNull @Positive Long unitId,
            @NotBlank @Size(max = 12) @Pattern(regexp = "[A-Z]{2,12}", message = "{normdocs.office.prefix.pattern}")
            String prefix) {
    }

    /** A registering office as listed. */
    record Office(Long unitId, String prefix) {
    }

    /** Starting a campaign: over the chosen documents, or every document in force of the unit's subtree. */
    record CampaignRequest(@NotNull @Positive Long unitId, @NotBlank @Size(max = 200) String name,
            @NotNull CleanupCampaign.CampaignKind kind, @Size(max = 200) String topic,
            @Size(max = 10_000) List<@NotNull @Positive Long> documentIds) {
    }

    /** A verdict on one document of a campaign; a reason for every verdict but 继续有效. */
    record VerdictRequest(@NotNull @Positive Long documentId, @NotNull CleanupVerdict verdict,
            @Size(max = 2000) String reason) {
    }

    /** A campaign with its lines. */
    record CampaignView(CleanupCampaign campaign, List<CleanupLine> lines) {
    }

    private final IssuingBodies bodies;
    private final DraftingPlans plans;
    private final Cleanups cleanups;
    private final CatalogImport importer;
    private final DocumentViews views;
    private final MessageSource messages;

    CatalogApi(IssuingBodies bodies, DraftingPlans plans, Cleanups cleanups, CatalogImport importer,
            DocumentViews views, MessageSource messages) {
        this.bodies = bodies;
        this.plans = plans;
        this.cleanups = cleanups;
        this.importer = importer;
        this.views = views;
        this.messages = messages;
    }

    // ----- issuing bodies and registering offices -----

    @GetMapping("/issuing-bodies")
    @Operation(summary = "Issuing bodies of units in the caller's scope, active first")
    PageResult<IssuingBody> bodies(@RequestParam(required = false) @Min(0) @Max(100_000) Integer page,
            @RequestParam(required = false) @Min(1) @Max(200) Integer size) {
        return Paging.of(bodies.visible(), page, size);
    }

    @PostMapping("/issuing-bodies")
    @Operation(summary = "List a body as entitled to issue normative documents")
    ResponseEntity<IssuingBody> addBody(@Valid @RequestBody BodyRequest r) {
        IssuingBody b = bodies.add(r);
        return ResponseEntity.created(URI.create("/api/v1/normdocs/issuing-bodies/" + b.id())).body(b);
    }

    @PostMapping("/issuing-bodies/{id}/delisting")
    @Operation(summary = "Remove a body from the list (it can start no new document)")
    IssuingBody delist(@PathVariable @Positive long id) {
        return bodies.delist(id);
    }

    @PostMapping("/issuing-bodies/{id}/relisting")
    @Operation(summary = "List a body again")
    IssuingBody relist(@PathVariable @Positive long id) {
        return bodies.relist(id);
    }

    @GetMapping("/registering-offices")
    @Operation(summary = "The registering offices (统一登记机关) and their registration-number codes")
    List<Office> offices() {
        return bodies.offices().entrySet().stream().map(e -> new Office(e.getKey(), e.getValue())).toList();
    }

    @PostMapping("/registering-offices")
    @Operation(summary = "Set up a registering office with its registration-number code (e.g. SFDR)")
    ResponseEntity<Office> addOffice(@Valid @RequestBody OfficeRequest r) {
        bodies.registerOffice(r.unitId(), r.prefix());
        return ResponseEntity.created(URI.create("/api/v1/normdocs/registering-offices"))
                .body(new Office(r.unitId(), r.prefix().strip()));
    }

    // ----- drafting plan -----

    @GetMapping("/plans")
    @Operation(summary = "The drafting plan items of a year (default: this year) in the caller's scope")
    PageResult<PlanItem> plan(@RequestParam(required = false) @Min(2000) @Max(2100) Integer year,
            @RequestParam(required = false) @Min(0) @Max(100_000) Integer page,
            @RequestParam(required = false) @Min(1) @Max(200) Integer size) {
        return Paging.of(plans.ofYear(year == null ? views.today().getYear() : year), page, size);
    }

    @PostMapping("/plans")
    @Operation(summary = "Add a drafting plan item")
    ResponseEntity<PlanItem> addPlanItem(@Valid @RequestBody PlanItemRequest r) {
        PlanItem item = plans.add(r);
        return ResponseEntity.created(URI.create("/api/v1/normdocs/plans/" + item.id())).body(item);
    }

    @GetMapping("/plans/{id}")
    @Operation(summary = "One plan item")
    PlanItem planItem(@PathVariable @Positive long id) {
        return plans.get(id);
    }

    @PutMapping("/plans/{id}")
    @Operation(summary = "Change a drafting plan item")
    PlanItem updatePlanItem(@PathVariable @Positive long id, @Valid @RequestBody PlanItemRequest r) {
        return plans.update(id, r);
    }

    @DeleteMapping("/plans/{id}")
    @Operation(summary = "Remove a plan item no document carries out")
    ResponseEntity<Void> removePlanItem(@PathVariable @Positive long id) {
        plans.remove(id);
        return ResponseEntity.noContent().build();
    }

    // ----- cleanups -----

    @GetMapping("/cleanups")
    @Operation(summary = "Cleanup campaigns of the caller's scope, newest first")
    PageResult<CleanupCampaign> campaigns(@RequestParam(required = false) @Min(0) @Max(100_000) Integer page,
            @RequestParam(required = false) @Min(1) @Max(200) Integer size) {
        return Paging.of(cleanups.campaigns(), page, size);
    }

    @PostMapping("/cleanups")
    @Operation(summary = "Start a campaign over chosen documents, or every document in force of the unit's subtree")
    ResponseEntity<CleanupCampaign> start(@Valid @RequestBody CampaignRequest r) {
        CleanupCampaign c = cleanups.start(new Cleanups.CampaignRequest(r.unitId(), r.name(), r.kind(), r.topic(),
                r.documentIds()));
        return ResponseEntity.created(URI.create("/api/v1/normdocs/cleanups/" + c.id())).body(c);
    }

    @GetMapping("/cleanups/{id}")
    @Operation(summary = "A campaign with the verdict on each document")
    CampaignView campaign(@PathVariable @Positive long id) {
        return new CampaignView(cleanups.campaign(id), cleanups.lines(id));
    }

    @PostMapping("/cleanups/{id}/verdicts")
    @Operation(summary = "Give one document of the campaign its verdict")
    CampaignView verdict(@PathVariable @Positive long id, @Valid @RequestBody VerdictRequest r) {
        cleanups.verdict(id, r.documentId(), r.verdict(), r.reason());
        return campaign(id);
    }

    @PostMapping("/cleanups/{id}/completion")
    @Operation(summary = "Complete the campaign: every document needs a verdict; 废止/宣布失效/修改 change validity")
    CampaignView complete(@PathVariable @Positive long id) {
        cleanups.complete(id);
        return campaign(id);
    }

    // ----- catalog import -----

    @GetMapping(value = "/import/template", produces = SpreadsheetDownload.TYPE)
    @Operation(summary = "The XLSX template of the catalog import")
    ResponseEntity<byte[]> template() {
        return Uploads.xlsx("normdocs-catalog-template", importer::template);
    }

    @PostMapping(value = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import a catalog from XLSX: all or nothing; 422 with a row-by-row report when any row is wrong")
    ResponseEntity<Object> importCatalog(@RequestPart("file") MultipartFile file) throws IOException {
        ImportReport report = importer.run(Uploads.open(file));
        if (report.ok()) {
            return ResponseEntity.ok(report);
        }
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                messages.getMessage("import.rejected", new Object[] {report.errors().size()},
                        LocaleContextHolder.getLocale()));
        p.setType(ProblemTypes.of("import-rejected"));
        p.setTitle(HttpStatus.UNPROCESSABLE_CONTENT.getReasonPhrase());
        p.setProperty("rows", report.rows());
        p.setProperty("imported", 0);
        p.setProperty("errors", report.errors().stream()
                .map(e -> Map.of("row", e.row(), "column", e.column(), "message", e.message())).toList());
        return ResponseEntity.unprocessableContent().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
    }
}
