package org.fazhi.disclosure.internal.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.fazhi.disclosure.AnnualReports;
import org.fazhi.disclosure.Channel;
import org.fazhi.disclosure.DisclosureRequests;
import org.fazhi.disclosure.FiledRequest;
import org.fazhi.disclosure.IntakeRequest;
import org.fazhi.disclosure.RequestTracking;
import org.fazhi.shared.web.ProblemTypes;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
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
 * The public JSON API of disclosure, without sign-in: filing a request (a receipt number and verification
 * code back), tracking it by both, and the published annual reports (also as DOCX).
 */
@RestController
@RequestMapping(path = "/api/v1/public/disclosure", produces = MediaType.APPLICATION_JSON_VALUE)
@Validated
class PublicDisclosureApi {

    private final DisclosureRequests requests;
    private final AnnualReports reports;
    private final DisclosureLimits limits;
    private final MessageSource messages;

    PublicDisclosureApi(DisclosureRequests requests, AnnualReports reports, DisclosureLimits limits,
            MessageSource messages) {
        this.requests = requests;
        this.reports = reports;
        this.limits = limits;
        this.messages = messages;
    }

    @PostMapping(path = "/requests", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> file(@Valid @RequestBody PortalRequestInput r, HttpServletRequest request) {
        String client = request.getRemoteAddr();
        if (!limits.filings.tryAcquire(client)) {
            return tooMany(limits.filings.retryAfterSeconds(client));
        }
        try {
            FiledRequest f = requests.file(new IntakeRequest(r.unitId(), Channel.PORTAL, r.requesterType(),
                    r.requesterName(), r.requesterIdNo(), r.requesterContact(), r.requesterAddress(), r.content(),
                    null, r.deliveryForm()));
            return ResponseEntity.created(URI.create("/api/v1/public/disclosure/track")).body(f);
        } catch (RuntimeException e) {
            limits.filings.release(client);
            throw e;
        }
    }

    @PostMapping(path = "/track", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> track(@Valid @RequestBody TrackInput t, HttpServletRequest request) {
        String client = request.getRemoteAddr();
        if (!limits.lookups.tryAcquire(client)) {
            return tooMany(limits.lookups.retryAfterSeconds(client));
        }
        RequestTracking tracking = requests.track(t.receiptNo(), t.code());
        return ResponseEntity.ok(tracking);
    }

    @GetMapping("/reports")
    List<PublicReport> reports() {
        return reports.published().stream().map(PublicReport::of).toList();
    }

    @GetMapping("/reports/{id}")
    PublicReport report(@PathVariable @Positive long id) {
        return PublicReport.of(reports.publishedReport(id));
    }

    @GetMapping(path = "/reports/{id}/docx", produces = "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    ResponseEntity<byte[]> docx(@PathVariable @Positive long id, Locale locale) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"annual-report-" + id + ".docx\"")
                .body(reports.publishedDocx(id, locale));
    }

    private ResponseEntity<ProblemDetail> tooMany(long retry) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, messages.getMessage(
                "disclosure.portal.too-many", new Object[] {DisclosureLimits.minutes(retry)},
                LocaleContextHolder.getLocale()));
        p.setType(ProblemTypes.of("rate-limited"));
        p.setTitle(HttpStatus.TOO_MANY_REQUESTS.getReasonPhrase());
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header(HttpHeaders.RETRY_AFTER,
                String.valueOf(retry)).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
    }
}
