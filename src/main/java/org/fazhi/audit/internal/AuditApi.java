package org.fazhi.audit.internal;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.fazhi.audit.AuditEntry;
import org.fazhi.audit.AuditQuery;
import org.fazhi.audit.AuditTrail;
import org.fazhi.audit.ChainVerification;
import org.fazhi.audit.SignInFailures;
import org.fazhi.shared.PageQuery;
import org.fazhi.shared.PageResult;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit log's JSON API, for the audit administrator (the service checks the role). */
@RestController
@RequestMapping("/api/v1/audit")
class AuditApi {

    /** The verification result as the API answers it. */
    record Verification(boolean intact, long checked, Long firstBrokenSeq, String reason) {
        static Verification of(ChainVerification v) {
            return new Verification(v.intact(), v.checked(), v.firstBrokenSeq(), v.reason());
        }
    }

    private final AuditTrail trail;
    private final Clock clock;

    AuditApi(AuditTrail trail, Clock clock) {
        this.trail = trail;
        this.clock = clock;
    }

    @GetMapping("/events")
    PageResult<AuditEntry> events(@Valid @ModelAttribute AuditFilter filter,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return trail.search(filter.toQuery(clock.getZone()), PageQuery.of(page, size));
    }

    @GetMapping("/verify")
    Verification verify() {
        return Verification.of(trail.verify());
    }

    @GetMapping("/events.csv")
    void export(@Valid @ModelAttribute AuditFilter filter, Locale locale, HttpServletResponse response)
            throws IOException {
        var query = filter.toQuery(clock.getZone());
        exportTo(trail, query, locale, response, clock);
    }

    @GetMapping("/sign-in-failures")
    SignInFailures signInFailures(@Valid @ModelAttribute AuditFilter filter) {
        var period = filter.toQuery(clock.getZone());
        return trail.signInFailures(period.from(), period.to());
    }

    /** Streams a CSV export with the download headers (shared with the console). */
    static void exportTo(AuditTrail trail, AuditQuery query, Locale locale,
            HttpServletResponse response, Clock clock) throws IOException {
        String name = "audit-events-" + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").format(
                clock.instant().atZone(clock.getZone())) + ".csv";
        trail.exportCsv(query, locale, () -> {
            response.setContentType("text/csv;charset=UTF-8");
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name)
                    .build().toString());
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
            response.setHeader("X-Content-Type-Options", "nosniff");
            return response.getOutputStream();
        });
    }
}
