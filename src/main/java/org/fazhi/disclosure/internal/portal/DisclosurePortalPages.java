package org.fazhi.disclosure.internal.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Validator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fazhi.disclosure.Channel;
import org.fazhi.disclosure.DeliveryForm;
import org.fazhi.disclosure.FiledRequest;
import org.fazhi.disclosure.IntakeRequest;
import org.fazhi.disclosure.RequestTracking;
import org.fazhi.disclosure.Upload;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.RefusedException;
import org.fazhi.shared.privacy.FieldCipher;
import org.fazhi.shared.web.FormInput;
import org.fazhi.units.Units;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
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
 * Disclosure on the portal, without sign-in: filing a request (who asks, what information, the form of delivery,
 * files) answered with a receipt number and a verification code shown once; tracking it by both, with the clock in
 * words, answering a 补正 notice and downloading the reply letter there (the code is never put in a URL; every
 * look-up limited per client address, a wrong code answered like an unknown number); the published annual
 * reports with their tables and DOCX.
 */
@Controller
class DisclosurePortalPages {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final Map<String, String> LABELS = Map.of("unitId", "disclosure.field.unit", "requesterType",
            "disclosure.field.requester-type", "requesterName", "disclosure.field.requester-name", "requesterIdNo",
            "disclosure.field.id-no", "requesterContact", "disclosure.field.contact", "requesterAddress",
            "disclosure.field.address", "content", "disclosure.field.content", "deliveryForm",
            "disclosure.field.delivery-form", "files", "disclosure.field.files", "file", "disclosure.field.files");

    private final DisclosureRequests requests;
    private final AnnualReports reports;
    private final DisclosureLimits limits;
    private final MessageSource messages;
    private final Validator validator;
    private final Units units;
    private final org.fazhi.disclosure.ProactiveDisclosures proactive;
    private final FieldCipher cipher;

    /** What the receipt's verification code is sealed for while it waits in the session for the receipt page. */
    static final String SEALED_CODE = "session.disclosure_receipt.verification_code";

    DisclosurePortalPages(DisclosureRequests requests, AnnualReports reports, DisclosureLimits limits,
            MessageSource messages, Validator validator, Units units,
            org.fazhi.disclosure.ProactiveDisclosures proactive, FieldCipher cipher) {
        this.cipher = cipher;
        this.proactive = proactive;
        this.validator = validator;
        this.units = units;
        this.requests = requests;
        this.reports = reports;
        this.limits = limits;
        this.messages = messages;
    }

    // ----- filing -----

    @GetMapping("/disclosure/apply")
    String applyForm(Model model) {
        return applyPage(model, FormInput.empty(messages).put("requesterType", RequesterType.NATURAL_PERSON.name())
                .put("deliveryForm", DeliveryForm.PORTAL_DOWNLOAD.name()), null);
    }

    @PostMapping("/disclosure/apply")
    String apply(@RequestParam Map<String, String> params,
            @RequestParam(value = "files", required = false) List<MultipartFile> files, Model model,
            HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) throws IOException {
        Map<String, String> typed = new LinkedHashMap<>(params);
        typed.remove("_csrf");
        FormInput form = FormInput.of("apply", typed, messages).labels(LABELS);
        IntakeRequest r = form.valid(new IntakeRequest(form.id("unitId"), Channel.PORTAL,
                form.choice("requesterType", RequesterType.class), form.text("requesterName"),
                form.text("requesterIdNo"), form.text("requesterContact"), form.text("requesterAddress"),
                form.text("content"), null, form.choice("deliveryForm", DeliveryForm.class)), validator);
        if (form.raw("deliveryForm").isEmpty()) {
            form.field("deliveryForm", text("disclosure.portal.delivery-required"));
        }
        List<Upload> uploads = new ArrayList<>();
        try {
            if (files != null) {
                for (MultipartFile f : files) {
                    if (f != null && !f.isEmpty()) {
                        uploads.add(new Upload(f.getInputStream(), f.getOriginalFilename(), f.getContentType()));
                    }
                }
            }
            if (uploads.size() > DisclosureRequests.MAX_FILES) {
                form.field("files", text("disclosure.portal.too-many-files", DisclosureRequests.MAX_FILES));
            }
            if (!form.ok()) {
                response.setStatus(400);
                return applyPage(model, form, null);
            }
            String client = request.getRemoteAddr();
            if (!limits.filings.tryAcquire(client)) {
                response.setStatus(429);
                return applyPage(model, form, text("disclosure.portal.too-many",
                        DisclosureLimits.minutes(limits.filings.retryAfterSeconds(client))));
            }
            try {
                FiledRequest filed = requests.file(r, uploads);
                // the flash waits in the session, which may be kept in the database: the code goes there sealed
                redirect.addFlashAttribute("receipt", withCode(filed, cipher.encrypt(SEALED_CODE,
                        filed.verificationCode())));
                redirect.addFlashAttribute("unitName", units.name(r.unitId()));
                return "redirect:/disclosure/receipt";
            } catch (InvalidInputException | RefusedException e) {
                limits.filings.release(client);
                form.error(e);
                response.setStatus(e instanceof RefusedException ? 409 : 400);
                return applyPage(model, form, null);
            } catch (ResponseStatusException e) {
                limits.filings.release(client);
                form.field("files", e.getReason() == null ? text("disclosure.portal.file-refused") : e.getReason());
                response.setStatus(e.getStatusCode().value());
                return applyPage(model, form, null);
            } catch (RuntimeException e) {
                limits.filings.release(client);
                throw e;
            }
        } finally {
            for (Upload u : uploads) {
                u.content().close();
            }
        }
    }

    /** The receipt number and code, once, right after filing (a reload goes to the tracking page). */
    @GetMapping("/disclosure/receipt")
    String receipt(Model model) {
        if (!(model.getAttribute("receipt") instanceof FiledRequest sealed)) {
            return "redirect:/disclosure/track";
        }
        model.addAttribute("receipt", withCode(sealed, cipher.decrypt(SEALED_CODE, sealed.verificationCode())));
        return "disclosure/portal/receipt";
    }

    private static FiledRequest withCode(FiledRequest f, String code) {
        return new FiledRequest(f.id(), f.receiptNo(), code, f.receivedOn(), f.replyDue());
    }

    private String applyPage(Model model, FormInput form, String error) {
        model.addAttribute("agencies", requests.agencies());
        model.addAttribute("types", RequesterType.values());
        model.addAttribute("deliveryForms", DeliveryForm.values());
        model.addAttribute("maxFiles", DisclosureRequests.MAX_FILES);
        model.addAttribute("formError", error);
        form.addTo(model);
        return "disclosure/portal/apply";
    }

    // ----- tracking, the 补正, the reply letter -----

    @GetMapping("/disclosure/track")
    String trackForm() {
        return "disclosure/portal/track";
    }

    @PostMapping("/disclosure/track")
    String track(@RequestParam(required = false) String receiptNo, @RequestParam(required = false) String code,
            Model model, HttpServletRequest request, HttpServletResponse response) {
        if (!lookup(receiptNo, model, request, response)) {
            return "disclosure/portal/track";
        }
        try {
            return tracked(model, requests.track(receiptNo, code), code, null, null);
        } catch (NotFoundException e) {
            return notFound(model, response);
        }
    }

    @PostMapping("/disclosure/track/correction")
    String answerCorrection(@RequestParam(required = false) String receiptNo,
            @RequestParam(required = false) String code, @RequestParam(required = false) String answer,
            @RequestParam(value = "files", required = false) List<MultipartFile> files, Model model,
            HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!lookup(receiptNo, model, request, response)) {
            return "disclosure/portal/track";
        }
        List<Upload> uploads = new ArrayList<>();
        try {
            if (files != null) {
                for (MultipartFile f : files) {
                    if (f != null && !f.isEmpty()) {
                        uploads.add(new Upload(f.getInputStream(), f.getOriginalFilename(), f.getContentType()));
                    }
                }
            }
            Optional<RequestTracking> after = requests.answerCorrection(receiptNo, code, answer, uploads);
            if (after.isEmpty()) {
                return notFound(model, response);
            }
            return tracked(model, after.get(), code, text("disclosure.portal.correction.received"), null);
        } catch (InvalidInputException | RefusedException | ResponseStatusException e) {
            response.setStatus(e instanceof RefusedException ? 409
                    : e instanceof ResponseStatusException rse ? rse.getStatusCode().value() : 400);
            model.addAttribute("answer", answer == null ? "" : answer);
            return tracked(model, requests.track(receiptNo, code), code, null, why(e));
        } finally {
            for (Upload u : uploads) {
                u.content().close();
            }
        }
    }

    @PostMapping("/disclosure/track/letter")
    Object letter(@RequestParam(required = false) String receiptNo, @RequestParam(required = false) String code,
            Locale locale, Model model, HttpServletRequest request, HttpServletResponse response) {
        if (!lookup(receiptNo, model, request, response)) {
            return "disclosure/portal/track";
        }
        try {
            Optional<byte[]> letter = requests.requesterLetter(receiptNo, code, locale);
            if (letter.isEmpty()) {
                return notFound(model, response);
            }
            return ResponseEntity.ok().contentType(MediaType.parseMediaType(DOCX))
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"reply-letter.docx\"")
                    .body(letter.get());
        } catch (RefusedException e) {
            response.setStatus(409);
            return tracked(model, requests.track(receiptNo, code), code, null, why(e));
        }
    }

    private boolean lookup(String receiptNo, Model model, HttpServletRequest request, HttpServletResponse response) {
        String client = request.getRemoteAddr();
        model.addAttribute("receiptNo", receiptNo == null ? "" : cut(receiptNo.strip(), 30));
        if (!limits.lookups.tryAcquire(client)) {
            response.setStatus(429);
            model.addAttribute("error", text("disclosure.portal.too-many",
                    DisclosureLimits.minutes(limits.lookups.retryAfterSeconds(client))));
            return false;
        }
        return true;
    }

    private String notFound(Model model, HttpServletResponse response) {
        response.setStatus(404);
        model.addAttribute("error", text("disclosure.portal.not-found"));
        return "disclosure/portal/track";
    }

    private String tracked(Model model, RequestTracking t, String code, String done, String error) {
        model.addAttribute("t", t);
        model.addAttribute("code", code == null ? "" : code.strip());
        model.addAttribute("done", done);
        model.addAttribute("correctionError", error);
        model.addAttribute("maxFiles", DisclosureRequests.MAX_FILES);
        return "disclosure/portal/track";
    }

    private String why(RuntimeException e) {
        if (e instanceof RefusedException re) {
            return text(re.messageKey(), re.args());
        }
        if (e instanceof InvalidInputException iie) {
            return iie.fieldProblems().stream().map(p -> text(p.messageKey(), p.args())).findFirst()
                    .orElse(text(iie.messageKey(), iie.args()));
        }
        ResponseStatusException rse = (ResponseStatusException) e;
        return rse.getReason() == null ? text("disclosure.portal.file-refused") : rse.getReason();
    }

    private static String cut(String s, int max) {
        return s.length() > max ? s.substring(0, max) : s;
    }

    @GetMapping("/disclosure/proactive")
    String proactive(Model model) {
        var items = proactive.published();
        var names = units.names(items.stream().map(org.fazhi.disclosure.ProactiveItem::unitId).toList());
        model.addAttribute("items", items.stream().map(i -> PublicProactiveItem.of(i, names.get(i.unitId()))).toList());
        return "disclosure/portal/proactive";
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
