package org.fazhi.review.internal.web;

import org.fazhi.shared.web.Allowed;
import org.fazhi.shared.web.Paging;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.fazhi.review.ConclusionRequest;
import org.fazhi.review.LegalAdviser;
import org.fazhi.review.LegalAdvisers;
import org.fazhi.review.LegalAdvisers.AdviserRequest;
import org.fazhi.review.LegalAdvisers.AdviserUse;
import org.fazhi.review.LegalityReviews;
import org.fazhi.review.ReviewDesks;
import org.fazhi.review.ReviewStatus;
import org.fazhi.review.ReviewTextSource;
import org.fazhi.review.ReviewType;
import org.fazhi.review.ReviewedText;
import org.fazhi.review.internal.web.ReviewViews.RequestView;
import org.fazhi.shared.NotFoundException;
import org.fazhi.shared.PageQuery;
import org.fazhi.shared.PageResult;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The legality-review desk as JSON: requests (the submitter's and the desk's), the reviewer's queue,
 * the desk's actions, the register of legal advisers and the desk assignments. Another unit's
 * request answers 404; a step the procedure refuses answers 409 with the reason.
 */
@RestController
@RequestMapping("/api/v1/review")
@Validated
@Allowed.ProcedureReaders
@Tag(name = "review", description = "合法性审核 (the legality-review desk)")
class ReviewApi {

    /** A reason (materials requested, withdrawal). */
    record ReasonRequest(@NotBlank @Size(max = 1000) String reason) {
    }

    /** A legal adviser or government lawyer consulted, on a day within their contract. */
    record ConsultationRequest(@NotNull @Positive Long adviserId, LocalDate consultedOn,
            @NotBlank @Size(max = 20_000) String opinion) {
    }

    /** Which unit's legal office reviews for a deciding unit (the same unit: it reviews for itself). */
    record DeskAssignment(@NotNull @Positive Long decidingUnitId, @NotNull @Positive Long deskUnitId) {
    }

    private final LegalityReviews reviews;
    private final LegalAdvisers advisers;
    private final ReviewDesks desks;
    private final ReviewViews views;
    private final List<ReviewTextSource> sources;

    ReviewApi(LegalityReviews reviews, LegalAdvisers advisers, ReviewDesks desks, ReviewViews views,
            List<ReviewTextSource> sources) {
        this.reviews = reviews;
        this.advisers = advisers;
        this.desks = desks;
        this.views = views;
        this.sources = sources;
    }

    @GetMapping("/requests")
    @Operation(summary = "Requests the caller may see (as submitter or desk), newest first")
    PageResult<RequestView> list(@RequestParam(required = false) ReviewStatus status,
            @RequestParam(required = false) ReviewType type,
            @RequestParam(required = false) @Min(0) @Max(100_000) Integer page,
            @RequestParam(required = false) @Min(1) @Max(200) Integer size) {
        PageResult<org.fazhi.review.LegalityReview> result = reviews.list(status, type, PageQuery.of(page, size));
        return new PageResult<>(views.views(result.items()), result.page(), result.size(), result.total());
    }

    @GetMapping("/requests/{id}")
    @Operation(summary = "One request with its clock (404 outside the caller's scope)")
    RequestView get(@PathVariable @Positive long id) {
        return views.view(reviews.get(id));
    }

    @GetMapping("/requests/{id}/text")
    @Operation(summary = "The exact version of the text under review, with its drafting notes and basis")
    ReviewedText text(@PathVariable @Positive long id) {
        var r = reviews.get(id);
        return sources.stream().filter(s -> s.module().equals(r.subject().module())).findFirst()
                .flatMap(s -> s.text(r.subject().subjectType(), r.subject().subjectId(), r.subject().versionId()))
                .orElseThrow(() -> new NotFoundException("review-text", id));
    }

    @GetMapping("/requests/{id}/rounds")
    @Operation(summary = "The other review rounds of the same subject, oldest first")
    List<RequestView> rounds(@PathVariable @Positive long id) {
        return views.views(reviews.otherRounds(id));
    }

    @GetMapping("/queue")
    @Operation(summary = "The reviewer's queue: open requests of the desks in scope, overdue first, then by due date")
    PageResult<RequestView> queue(@RequestParam(required = false) ReviewType type, @RequestParam(required = false) @Min(0) @Max(100_000) Integer page,
            @RequestParam(required = false) @Min(1) @Max(200) Integer size) {
        return Paging.of(views.views(reviews.queue().stream().filter(r -> type == null || r.type() == type).toList()),
                page, size);
    }

    @PostMapping("/requests/{id}/conclusion")
    @Operation(summary = "Conclude: outcome, opinion, required changes (修改后合法), reason when before the minimum time")
    RequestView conclude(@PathVariable @Positive long id, @Valid @RequestBody ConclusionRequest conclusion) {
        return views.view(reviews.conclude(id, conclusion));
    }

    @PostMapping("/requests/{id}/materials-request")
    @Operation(summary = "Ask the submitter for more materials; the clock pauses")
    RequestView requestMaterials(@PathVariable @Positive long id, @Valid @RequestBody ReasonRequest r) {
        return views.view(reviews.requestMaterials(id, r.reason()));
    }

    @PostMapping("/requests/{id}/materials-received")
    @Operation(summary = "The materials arrived; the clock runs again")
    RequestView materialsReceived(@PathVariable @Positive long id) {
        return views.view(reviews.materialsReceived(id));
    }

    @PostMapping("/requests/{id}/consultations")
    @Operation(summary = "Record a legal adviser or government lawyer consulted (only under contract that day)")
    RequestView consult(@PathVariable @Positive long id, @Valid @RequestBody ConsultationRequest c) {
        return views.view(reviews.consult(id, c.adviserId(), c.consultedOn(), c.opinion()));
    }

    @PostMapping("/requests/{id}/withdrawal")
    @Operation(summary = "The submitting unit withdraws an open request")
    RequestView withdraw(@PathVariable @Positive long id, @Valid @RequestBody ReasonRequest r) {
        return views.view(reviews.withdraw(id, r.reason()));
    }

    @GetMapping("/advisers")
    @Operation(summary = "Legal advisers and government lawyers in scope, with their consultations in the year")
    PageResult<AdviserUse> advisers(@RequestParam(required = false) @Min(2000) @Max(2100) Integer year,
            @RequestParam(required = false) @Min(0) @Max(100_000) Integer page,
            @RequestParam(required = false) @Min(1) @Max(200) Integer size) {
        return Paging.of(advisers.withUses(year == null ? views.today().getYear() : year), page, size);
    }

    @PostMapping("/advisers")
    @Operation(summary = "Register a legal adviser or government lawyer with the contract term")
    ResponseEntity<LegalAdviser> addAdviser(@Valid @RequestBody AdviserRequest draft) {
        LegalAdviser a = advisers.register(draft);
        return ResponseEntity.created(URI.create("/api/v1/review/advisers/" + a.id())).body(a);
    }

    @PutMapping("/advisers/{id}")
    @Operation(summary = "Change an adviser's details or contract term")
    LegalAdviser updateAdviser(@PathVariable @Positive long id, @Valid @RequestBody AdviserRequest draft) {
        return advisers.update(id, draft);
    }

    @GetMapping("/desks")
    @Operation(summary = "Desk assignments of the deciding units in scope (a unit not listed reviews for itself)")
    PageResult<DeskAssignment> desks(@RequestParam(required = false) @Min(0) @Max(100_000) Integer page,
            @RequestParam(required = false) @Min(1) @Max(200) Integer size) {
        return Paging.of(desks.assignments().entrySet().stream()
                .map(e -> new DeskAssignment(e.getKey(), e.getValue())).toList(), page, size);
    }

    @PutMapping("/desks")
    @Operation(summary = "Assign the desk of a deciding unit (the unit itself: remove the assignment)")
    DeskAssignment assign(@Valid @RequestBody DeskAssignment a) {
        if (a.decidingUnitId().equals(a.deskUnitId())) {
            desks.unassign(a.decidingUnitId());
        } else {
            desks.assign(a.decidingUnitId(), a.deskUnitId());
        }
        return new DeskAssignment(a.decidingUnitId(), desks.deskFor(a.decidingUnitId()));
    }
}
