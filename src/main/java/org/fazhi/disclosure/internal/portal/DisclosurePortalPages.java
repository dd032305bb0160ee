package org.fazhi.disclosure.internal.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.fazhi.disclosure.AnnualReports;
import org.fazhi.disclosure.DisclosureRequests;
import org.fazhi.disclosure.RemedyOutcome;
import org.fazhi.disclosure.RemedyRoute;
import org.fazhi.disclosure.RequesterType;
import org.fazhi.disclosure.Table3Row;
import org.fazhi.shared.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Disclosure on the portal, without sign-in: tracking a request by receipt number and verification code
 * (limited per client address), and the published annual reports with their tables and DOCX.
 */
@Controller
class DisclosurePortalPages {

    private final DisclosureRequests requests;
    private final AnnualReports reports;
    private final DisclosureLimits limits;
    private final MessageSource messages;

    DisclosurePortalPages(DisclosureRequests requests, AnnualReports reports, DisclosureLimits limits,
            MessageSource messages) {
        this.requests = requests;
        this.reports = reports;
        this.limits = limits;
        this.messages = messages;
    }

    @GetMapping("/disclosure/track")
    String trackForm() {
        return "disclosure/portal/track";
    }

    @PostMapping("/disclosure/track")
    String track(@RequestParam(required = false) String receiptNo, @RequestParam(required = false) String code,
            Model model, HttpServletRequest request, HttpServletResponse response) {
        String client = request.getRemoteAddr();
        model.addAttribute("receiptNo", receiptNo == null ? "" : receiptNo.strip());
        if (!limits.lookups.tryAcquire(client)) {
            response.setStatus(429);
            model.addAttribute("error", text("disclosure.portal.too-many",
                    DisclosureLimits.minutes(limits.lookups.retryAfterSeconds(client))));
            return "disclosure/portal/track";
        }
        try {
            model.addAttribute("t", requests.track(receiptNo, code));
        } catch (NotFoundException e) {
            response.setStatus(404);
            model.addAttribute("error", text("disclosure.portal.not-found"));
        }
        return "disclosure/portal/track";
    }

    @GetMapping("/disclosure/reports")
    String reportList(Model model) {
        model.addAttribute("reports", reports.published().stream().map(PublicReport::of).toList());
        return "disclosure/portal/reports";
    }

    @GetMapping("/disclosure/reports/{id}")
    String report(@PathVariable long id, Model model) {
        model.addAttribute("a", PublicReport.of(reports.publishedReport(id)));
        model.addAttribute("rows", Table3Row.values());
        model.addAttribute("types", RequesterType.values());
        model.addAttribute("routes", RemedyRoute.values());
        model.addAttribute("outcomes", RemedyOutcome.values());
        return "disclosure/portal/report";
    }

    @GetMapping("/disclosure/reports/{id}/docx")
    ResponseEntity<byte[]> docx(@PathVariable long id, Locale locale) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"annual-report-" + id + ".docx\"")
                .body(reports.publishedDocx(id, locale));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
