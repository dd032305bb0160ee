package org.fazhi.participation.internal.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.fazhi.participation.AdoptionSummary;
import org.fazhi.participation.Article;
import org.fazhi.participation.CommentRequest;
import org.fazhi.participation.ConsultationText;
import org.fazhi.participation.PublicComment;
import org.fazhi.shared.NotFoundException;
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
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The public JSON API of consultations, without sign-in: drafts open for comment with their text and
 * numbered articles and, once closed, their dispositions; comment submission on the draft or on an
 * article (201 with the receipt number, 400 problems for bad input, 409 once the window has ended,
 * 429 when the client address is over its limit) and receipt look-up.
 */
@RestController
@RequestMapping(path = "/api/v1/public", produces = MediaType.APPLICATION_JSON_VALUE)
class PublicParticipationApi {

    /** A consultation with its draft text, its articles and, once closed, the published dispositions. */
    record ConsultationDetail(DraftSummary consultation, String title, String text, String draftingNotes,
            List<Article> articles, Dispositions dispositions) {
    }

    /** The published answers to the comments of a closed consultation, counted per article as well. */
    record Dispositions(int total, int adopted, int partlyAdopted, int notAdopted, int undisposed,
            List<AdoptionSummary.ArticleTally> articles, List<PublishedComment> comments) {
    }

    /** The receipt of an accepted comment. */
    record Receipt(String receiptNo, long consultationId, Integer articleNo, Instant submittedAt) {
    }

    private final PublicDrafts drafts;
    private final PortalLimits limits;
    private final MessageSource messages;

    PublicParticipationApi(PublicDrafts drafts, PortalLimits limits, MessageSource messages) {
        this.drafts = drafts;
        this.limits = limits;
        this.messages = messages;
    }

    @GetMapping("/consultations")
    List<DraftSummary> consultations() {
        List<DraftSummary> all = new ArrayList<>(drafts.open());
        all.addAll(drafts.ended());
        return all;
    }

    @GetMapping("/consultations/{id}")
    ConsultationDetail consultation(@PathVariable long id) {
        DraftSummary s = drafts.summary(id);
        ConsultationText t = drafts.text(id);
        Dispositions d = drafts.adoption(id).map(a -> dispositions(id, a)).orElse(null);
        return new ConsultationDetail(s, t.title(), t.body(), t.notes(), t.articles(), d);
    }

    @PostMapping(path = "/consultations/{id}/comments", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> comment(@PathVariable long id, @Valid @RequestBody CommentRequest form,
            HttpServletRequest request) {
        drafts.summary(id);
        String client = PortalLimits.client(request);
        if (!limits.comments.tryAcquire(client)) {
            long retry = limits.comments.retryAfterSeconds(client);
            return tooMany(retry, text("participationportal.comment.too-many", String.valueOf(limits.comments.limit()),
                    String.valueOf(limits.windowMinutes()), PortalLimits.minutes(retry)));
        }
        PublicComment saved;
        try {
            CommentRequest clean = CommentInput.form(form.name(), form.contact(), form.organisation(), form.content(),
                    form.articleNo());
            saved = drafts.comment(id, clean);
        } catch (RuntimeException e) {
            limits.comments.release(client);
            throw e;
        }
        URI location = UriComponentsBuilder.fromPath("/api/v1/public/comments/{no}").buildAndExpand(saved.receiptNo())
                .toUri();
        return ResponseEntity.created(location)
                .body(new Receipt(saved.receiptNo(), id, saved.articleNo(), saved.submittedAt()));
    }

    @GetMapping("/comments/{receiptNo}")
    ResponseEntity<?> receipt(@PathVariable @Size(max = 24) String receiptNo, HttpServletRequest request) {
        String client = PortalLimits.client(request);
        if (!limits.lookups.tryAcquire(client)) {
            long retry = limits.lookups.retryAfterSeconds(client);
            return tooMany(retry, text("participationportal.receipt.too-many", PortalLimits.minutes(retry)));
        }
        return ResponseEntity.ok(drafts.receipt(receiptNo)
                .orElseThrow(() -> new NotFoundException("public-comment", receiptNo)));
    }

    private Dispositions dispositions(long id, AdoptionSummary a) {
        return new Dispositions(a.total(), a.adopted(), a.partlyAdopted(), a.notAdopted(), a.undisposed(),
                a.articles(), drafts.published(id, a));
    }

    /** 429 with Retry-After, as regulations.gov answers (SECURITY.md §4). */
    private static ResponseEntity<ProblemDetail> tooMany(long retryAfterSeconds, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, detail);
        p.setType(ProblemTypes.of("rate-limited"));
        p.setTitle(HttpStatus.TOO_MANY_REQUESTS.getReasonPhrase());
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header("Retry-After", String.valueOf(retryAfterSeconds))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
