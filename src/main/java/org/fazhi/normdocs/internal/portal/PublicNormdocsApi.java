package org.fazhi.normdocs.internal.portal;

import org.fazhi.shared.privacy.PersonalData;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.fazhi.normdocs.AdoptionSummary;
import org.fazhi.normdocs.CommentRequest;
import org.fazhi.normdocs.PublicCatalog;
import org.fazhi.normdocs.PublicComment;
import org.fazhi.normdocs.PublicDocument;
import org.fazhi.normdocs.Validity;
import org.fazhi.search.SearchResult;
import org.fazhi.shared.NotFoundException;
import org.fazhi.shared.PageResult;
import org.fazhi.shared.web.ProblemTypes;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The public JSON API of the catalog and of consultations, without sign-in: search with
 * highlighted matches, published documents, drafts open for comment with their text and, once
 * closed, their dispositions; comment submission (201 with the receipt number, 400 problems for
 * bad input, 429 when the client address is over its limit) and receipt look-up.
 */
@RestController
@RequestMapping(path = "/api/v1/public", produces = MediaType.APPLICATION_JSON_VALUE)
class PublicNormdocsApi {

    /** A consultation with its draft text and, once closed, the published dispositions. */
    record ConsultationDetail(DraftSummary consultation, String title, String text, String draftingNotes,
            Dispositions dispositions) {
    }

    /** The published answers to the comments of a closed consultation. */
    record Dispositions(int total, int adopted, int partlyAdopted, int notAdopted, int undisposed,
            List<PublishedComment> comments) {
    }

    /** The receipt of an accepted comment. */
    record Receipt(String receiptNo, long consultationId, Instant submittedAt) {
    }

    private final PublicCatalog catalog;
    private final PortalQueries queries;
    private final PublicDrafts drafts;
    private final PortalLimits limits;
    private final MessageSource messages;

    PublicNormdocsApi(PublicCatalog catalog, PortalQueries queries, PublicDrafts drafts, PortalLimits limits,
            MessageSource messages) {
        this.catalog = catalog;
        this.queries = queries;
        this.drafts = drafts;
        this.limits = limits;
        this.messages = messages;
    }

    @GetMapping("/normdocs")
    PageResult<CatalogHit> search(@RequestParam(required = false) @Size(max = 200) String q,
            @RequestParam(required = false) @Min(1) Long issuingBodyId,
            @RequestParam(required = false) @Min(1900) @Max(2999) Integer year,
            @RequestParam(required = false) Validity validity,
            @RequestParam(defaultValue = "0") @Min(0) @Max(9999) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        SearchResult r = catalog.search(q, issuingBodyId, year, validity, page, size);
        return new PageResult<>(r.hits().stream().map(CatalogHit::of).toList(), r.page(), r.size(), r.total());
    }

    @GetMapping("/normdocs/issuing-bodies")
    List<PublicBody> issuingBodies() {
        return queries.bodies();
    }

    @GetMapping("/normdocs/{id}")
    PublicDocument document(@PathVariable long id) {
        return catalog.document(id);
    }

    @GetMapping("/consultations")
    List<DraftSummary> consultations() {
        List<DraftSummary> all = new java.util.ArrayList<>(drafts.open());
        all.addAll(drafts.ended());
        return all;
    }

    @GetMapping("/consultations/{id}")
    ConsultationDetail consultation(@PathVariable long id) {
        DraftSummary s = drafts.summary(id);
        var v = drafts.text(id);
        Dispositions d = drafts.adoption(id).map(this::dispositions).orElse(null);
        return new ConsultationDetail(s, PersonalData.redact(v.title()), PersonalData.redact(v.body()),
                PersonalData.redact(v.draftingNotes()), d);
    }

    @PostMapping(path = "/consultations/{id}/comments", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> comment(@PathVariable long id, @Valid @RequestBody CommentRequest form, HttpServletRequest request) {
        drafts.summary(id);
        String client = PortalLimits.client(request);
        if (!limits.comments.tryAcquire(client)) {
            long retry = limits.comments.retryAfterSeconds(client);
            return tooMany(retry, text("normdocsportal.comment.too-many", String.valueOf(limits.comments.limit()),
                    String.valueOf(limits.windowMinutes()), minutes(retry)));
        }
        PublicComment saved;
        try {
            CommentRequest clean = CommentInput.form(form.name(), form.contact(), form.organisation(), form.content());
            saved = drafts.comment(id, clean);
        } catch (RuntimeException e) {
            limits.comments.release(client);
            throw e;
        }
        URI location = UriComponentsBuilder.fromPath("/api/v1/public/comments/{no}").buildAndExpand(saved.receiptNo())
                .toUri();
        return ResponseEntity.created(location).body(new Receipt(saved.receiptNo(), id, saved.submittedAt()));
    }

    @GetMapping("/comments/{receiptNo}")
    ResponseEntity<?> receipt(@PathVariable @Size(max = 24) String receiptNo, HttpServletRequest request) {
        String client = PortalLimits.client(request);
        if (!limits.lookups.tryAcquire(client)) {
            long retry = limits.lookups.retryAfterSeconds(client);
            return tooMany(retry, text("normdocsportal.receipt.too-many", minutes(retry)));
        }
        return ResponseEntity.ok(drafts.receipt(receiptNo)
                .orElseThrow(() -> new NotFoundException("public-comment", receiptNo)));
    }

    private Dispositions dispositions(AdoptionSummary a) {
        return new Dispositions(a.total(), a.adopted(), a.partlyAdopted(), a.notAdopted(), a.undisposed(),
                drafts.published(a));
    }

    /** 429 with Retry-After, as regulations.gov answers (SECURITY.md §4). */
    private static ResponseEntity<ProblemDetail> tooMany(long retryAfterSeconds, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, detail);
        p.setType(ProblemTypes.of("rate-limited"));
        p.setTitle(HttpStatus.TOO_MANY_REQUESTS.getReasonPhrase());
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header("Retry-After", String.valueOf(retryAfterSeconds))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
    }

    static String minutes(long seconds) {
        return String.valueOf(Math.max(1, (seconds + 59) / 60));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
