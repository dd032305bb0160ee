package org.fazhi.lists.internal.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.fazhi.lists.AdjustmentRequest;
import org.fazhi.lists.EntryRequest;
import org.fazhi.lists.ItemList;
import org.fazhi.lists.ListConsultationRequest;
import org.fazhi.lists.ListDiff;
import org.fazhi.lists.ListEntry;
import org.fazhi.lists.ListGuide;
import org.fazhi.lists.ListImport;
import org.fazhi.lists.ListImportReport;
import org.fazhi.lists.ListKind;
import org.fazhi.lists.ListPublicationRequest;
import org.fazhi.lists.ListStepRequest;
import org.fazhi.lists.ListVersion;
import org.fazhi.lists.ListWithdrawalRequest;
import org.fazhi.lists.Lists;
import org.fazhi.lists.PowerItem;
import org.fazhi.lists.PowerItems;
import org.fazhi.lists.PowerType;
import org.fazhi.participation.PublicConsultation;
import org.fazhi.review.LegalityReview;
import org.fazhi.shared.NotFoundException;
import org.fazhi.shared.PageQuery;
import org.fazhi.shared.PageResult;
import org.fazhi.shared.excel.SpreadsheetDownload;
import org.fazhi.shared.web.Allowed;
import org.fazhi.shared.web.Paging;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
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
 * The lists as JSON: the lists in the caller's scope, versions and their comparison, a version's items,
 * the steps of an adjustment (items, public consultation, legality review, publication,
 * withdrawal), the
 * imports, and the power items in force (what enforcement reads). Another unit's list answers 404; a
 * step the procedure refuses answers 409 with the reason.
 */
@RestController
@RequestMapping("/api/v1/lists")
@Validated
@Allowed.Staff
@Tag(name = "lists", description = "权责清单、许可事项、证明事项、公共服务事项清单 (lists)")
class ListsApi {

    private final Lists lists;
    private final ListGuide guide;
    private final ListImport imports;
    private final PowerItems powers;
    private final ListViews views;

    ListsApi(Lists lists, ListGuide guide, ListImport imports, PowerItems powers, ListViews views) {
        this.lists = lists;
        this.guide = guide;
        this.imports = imports;
        this.powers = powers;
        this.views = views;
    }

    @GetMapping
    @Operation(summary = "The lists of the units in the caller's scope, with the version in force and the adjustment on its way")
    PageResult<Lists.ListRow> lists(@RequestParam(required = false) ListKind kind,
            @RequestParam(required = false) @Min(0) @Max(100_000) Integer page,
            @RequestParam(required = false) @Min(1) @Max(200) Integer size) {
        return Paging.of(lists.lists(kind), page, size);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One list (404 outside the caller's scope)")
    ItemList list(@PathVariable @Positive long id) {
        return lists.list(id);
    }

    @GetMapping("/{id}/versions")
    @Operation(summary = "The versions of a list, newest first")
    List<ListVersion> versions(@PathVariable @Positive long id) {
        return lists.versions(id);
    }

    @GetMapping("/{id}/compare")
    @Operation(summary = "Two versions compared item by item (added, removed, changed field by field); by default the latest against the one before")
    ListDiff compare(@PathVariable @Positive long id, @RequestParam(required = false) @Positive Long from,
            @RequestParam(required = false) @Positive Long to) {
        return lists.compare(id, from, to);
    }

    @PostMapping("/adjustments")
    @Operation(summary = "Start an adjustment of a unit's list from the version last published")
    ResponseEntity<ListVersion> start(@Valid @RequestBody AdjustmentRequest r) {
        ListVersion v = lists.startAdjustment(r);
        return ResponseEntity.created(URI.create("/api/v1/lists/versions/" + v.id())).body(v);
    }

    @GetMapping("/versions/{id}")
    @Operation(summary = "One version of a list")
    ListVersion version(@PathVariable @Positive long id) {
        return lists.version(id);
    }

    @GetMapping("/versions/{id}/guide")
    @Operation(summary = "The next step, and for each step whether the caller may take it now or why not")
    ListViews.GuideView guide(@PathVariable @Positive long id) {
        return views.guide(guide.of(id));
    }

    @GetMapping("/versions/{id}/entries")
    @Operation(summary = "The items of a version whose code or name contains q, a page at a time")
    PageResult<ListEntry> entries(@PathVariable @Positive long id, @RequestParam(required = false) @Size(max = 100) String q,
            @RequestParam(required = false) @Min(0) @Max(100_000) Integer page,
            @RequestParam(required = false) @Min(1) @Max(200) Integer size) {
        return lists.entries(id, q, PageQuery.of(page, size));
    }

    @GetMapping(value = "/versions/{id}/export", produces = SpreadsheetDownload.TYPE)
    @Operation(summary = "Every item of a version as an XLSX sheet")
    ResponseEntity<byte[]> export(@PathVariable @Positive long id) {
        ListVersion v = lists.version(id);
        return SpreadsheetDownload.of(views.text("lists.kind." + v.kind().name()) + "-" + v.versionNo(),
                views.text("lists.kind." + v.kind().name()), views.headings(v.kind()),
                views.rows(v.kind(), lists.allEntries(id)));
    }

    @PostMapping("/versions/{id}/entries")
    @Operation(summary = "Add an item to a draft")
    ListEntry addEntry(@PathVariable @Positive long id, @Valid @RequestBody EntryRequest r) {
        return lists.addEntry(id, r);
    }

    @PutMapping("/versions/{id}/entries/{itemId}")
    @Operation(summary = "Change an item of a draft (its code stays)")
    ListEntry changeEntry(@PathVariable @Positive long id, @PathVariable @Positive long itemId,
            @Valid @RequestBody EntryRequest r) {
        return lists.changeEntry(id, itemId, r);
    }

    @DeleteMapping("/versions/{id}/entries/{itemId}")
    @Operation(summary = "Remove an item from a draft")
    ResponseEntity<Void> removeEntry(@PathVariable @Positive long id, @PathVariable @Positive long itemId,
            @RequestParam(required = false) @Min(0) Integer version) {
        lists.removeEntry(id, itemId, version);
        return ResponseEntity.noContent().build();
    }

    @PostMapping(value = "/versions/{id}/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Replace a draft's items with an Excel sheet (all rows right, or nothing stored; the same sheet again changes nothing)")
    ListImportReport importIntoDraft(@PathVariable @Positive long id, @RequestPart("file") MultipartFile file)
            throws IOException {
        return imports.intoDraft(id, ListUploads.open(file));
    }

    @PostMapping(value = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Load a unit's existing list as its first version in force (rule-of-law office)")
    ListImportReport importInForce(@RequestParam @Positive long unitId, @RequestParam ListKind kind,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveDate,
            @RequestParam @Size(max = 2000) String reason, @RequestPart("file") MultipartFile file) throws IOException {
        return imports.inForce(unitId, kind, effectiveDate, reason, ListUploads.open(file));
    }

    @PostMapping("/versions/{id}/consultation")
    @Operation(summary = "Put the draft out for public comment until the end of closesOn (at least the catalog's period, LS-02, unless a shortened reason is stated)")
    PublicConsultation openConsultation(@PathVariable @Positive long id, @Valid @RequestBody ListConsultationRequest r) {
        return lists.openConsultation(id, r);
    }

    @PostMapping("/versions/{id}/consultation/closure")
    @Operation(summary = "Close the window once its minimum period has run")
    PublicConsultation closeConsultation(@PathVariable @Positive long id, @Valid @RequestBody ListStepRequest r) {
        return lists.closeConsultation(id, r.version());
    }

    @PostMapping("/versions/{id}/review-submission")
    @Operation(summary = "Submit the draft to the legality-review desk")
    LegalityReview submit(@PathVariable @Positive long id, @Valid @RequestBody ListStepRequest r) {
        return lists.submitForReview(id, r.version());
    }

    @PostMapping("/versions/{id}/revision")
    @Operation(summary = "Back to drafting after the review")
    ListVersion revise(@PathVariable @Positive long id, @Valid @RequestBody ListStepRequest r) {
        return lists.revise(id, r.version());
    }

    @PostMapping("/versions/{id}/publication")
    @Operation(summary = "Publish the list with its effective date (a lawful review of exactly this content first)")
    ListVersion publish(@PathVariable @Positive long id, @Valid @RequestBody ListPublicationRequest r) {
        return lists.publish(id, r);
    }

    @PostMapping("/versions/{id}/withdrawal")
    @Operation(summary = "Abandon the adjustment")
    ListVersion withdraw(@PathVariable @Positive long id, @Valid @RequestBody ListWithdrawalRequest r) {
        return lists.withdraw(id, r);
    }

    @GetMapping("/power-items")
    @Operation(summary = "The power items a unit exercises in the versions in force on a day (published lists), optionally of one type")
    List<PowerItem> powerItems(@RequestParam @NotNull @Positive Long unitId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
            @RequestParam(required = false) PowerType type) {
        return powers.inForce(unitId, on == null ? views.today() : on, type);
    }

    @GetMapping("/power-items/{itemId}")
    @Operation(summary = "One power item with the period it is in force (as on a day, when given)")
    PowerItem powerItem(@PathVariable @Positive long itemId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        return (on == null ? powers.find(itemId) : powers.find(itemId, on))
                .orElseThrow(() -> new NotFoundException(PowerItem.SUBJECT.name(), itemId));
    }
}
