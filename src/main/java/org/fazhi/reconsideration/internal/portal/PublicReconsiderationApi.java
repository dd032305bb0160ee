package org.fazhi.reconsideration.internal.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.fazhi.reconsideration.PublicApplicationRequest;
import org.fazhi.reconsideration.PublicApplications;
import org.fazhi.reconsideration.PublicStatus;
import org.fazhi.shared.NotFoundException;
import org.fazhi.shared.web.ProblemTypes;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public reconsideration API, without sign-in: the bodies and the agencies an application may
 * be against, applying (a receipt number and verification code in the answer; 429 over the limit)
 * and looking an application up by receipt and code (in the body, never in the URL).
 */
@RestController
@RequestMapping("/api/v1/public/reconsideration")
@Validated
class PublicReconsiderationApi {

    /** A body as the public sees it. */
    record PublicBody(long id, String name) {
    }

    /** An agency an application may be against. */
    record Respondent(long id, String name) {
    }

    /** Receipt number and verification code of an application. */
    record LookupRequest(@NotBlank @Size(max = 24) String receiptNo, @NotBlank @Size(max = 16) String code) {
    }

    private final PublicApplications applications;
    private final ReconsiderationPortalLimits limits;
    private final MessageSource messages;

    PublicReconsiderationApi(PublicApplications applications, ReconsiderationPortalLimits limits, MessageSource messages) {
        this.applications = applications;
        this.limits = limits;
        this.messages = messages;
    }

    @GetMapping("/bodies")
    List<PublicBody> bodies() {
        return applications.bodies().stream().map(b -> new PublicBody(b.id(), b.name())).toList();
    }

    @GetMapping("/bodies/{id}/respondents")
    List<Respondent> respondents(@PathVariable @Positive long id) {
        return applications.respondents(id).stream().map(u -> new Respondent(u.id(), u.name())).toList();
    }

    @PostMapping(path = "/applications", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> apply(@Valid @RequestBody PublicApplicationRequest r, HttpServletRequest request) {
        String client = ReconsiderationPortalLimits.client(request);
        if (!limits.applications.tryAcquire(client)) {
            long retry = limits.applications.retryAfterSeconds(client);
            return tooMany(retry, text("reconsiderationportal.too-many", String.valueOf(limits.applications.limit()),
                    String.valueOf(limits.windowMinutes()), ReconsiderationPortalLimits.minutes(retry)));
        }
        try {
            PublicApplications.Receipt receipt = applications.apply(r, List.of());
            return ResponseEntity.created(URI.create("/reconsideration/track")).body(receipt);
        } catch (RuntimeException e) {
            limits.applications.release(client);
            throw e;
        }
    }

    @PostMapping(path = "/lookup", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> lookup(@Valid @RequestBody LookupRequest r, HttpServletRequest request) {
        String client = ReconsiderationPortalLimits.client(request);
        if (!limits.lookups.tryAcquire(client)) {
            long retry = limits.lookups.retryAfterSeconds(client);
            return tooMany(retry, text("reconsiderationportal.track.too-many", ReconsiderationPortalLimits.minutes(retry)));
        }
        PublicStatus s = applications.track(r.receiptNo(), r.code())
                .orElseThrow(() -> new NotFoundException("reconsideration-application", r.receiptNo()));
        return ResponseEntity.ok(s);
    }

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
