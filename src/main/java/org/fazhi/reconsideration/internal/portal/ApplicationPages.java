package org.fazhi.reconsideration.internal.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fazhi.reconsideration.ActType;
import org.fazhi.reconsideration.ApplicantType;
import org.fazhi.reconsideration.AttachmentKind;
import org.fazhi.reconsideration.IdType;
import org.fazhi.reconsideration.PublicApplications;
import org.fazhi.reconsideration.PublicStatus;
import org.fazhi.reconsideration.ReconsiderationBody;
import org.fazhi.reconsideration.internal.ApplicationForm;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.RefusedException;
import org.fazhi.shared.privacy.FieldCipher;
import org.fazhi.shared.web.FormInput;
import org.fazhi.units.Unit;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 行政复议申请 on the portal, without sign-in: the application form (identity, the act, the requests,
 * the facts, files), answered with a receipt number and a verification code shown once; following
 * the application by receipt and code; and supplying a 补正. Limited per client address; the code is
 * never put in a URL.
 */
@Controller
class ApplicationPages {

    private final PublicApplications applications;
    private final ReconsiderationPortalLimits limits;
    private final Validator validator;
    private final MessageSource messages;
    private final FieldCipher cipher;

    /** What the receipt's verification code is sealed for while it waits in the session for the receipt page. */
    static final String SEALED_CODE = "session.reconsideration_receipt.verification_code";

    ApplicationPages(PublicApplications applications, ReconsiderationPortalLimits limits, Validator validator,
            MessageSource messages, FieldCipher cipher) {
        this.cipher = cipher;
        this.applications = applications;
        this.limits = limits;
        this.validator = validator;
        this.messages = messages;
    }

    @GetMapping("/reconsideration")
    String form(Model model) {
        FormInput form = FormInput.empty(messages).put("applicantType", ApplicantType.NATURAL_PERSON.name())
                .put("idType", IdType.ID_CARD.name()).put("informedOfRight", "true");
        return page(model, form, null);
    }

    @PostMapping("/reconsideration/applications")
    String apply(@RequestParam Map<String, String> params,
            @RequestParam(value = "identityFile", required = false) MultipartFile identity,
            @RequestParam(value = "applicationFile", required = false) MultipartFile application,
            @RequestParam(value = "evidenceFiles", required = false) List<MultipartFile> evidence, Model model,
            HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) throws IOException {
        Map<String, String> typed = new LinkedHashMap<>(params);
        typed.remove("_csrf");
        FormInput form = FormInput.of("apply", typed, messages);
        var r = form.valid(ApplicationForm.citizen(form, text("problem.type-mismatch")), validator);
        if (!form.ok()) {
            response.setStatus(400);
            return page(model, form, null);
        }
        String client = ReconsiderationPortalLimits.client(request);
        if (!limits.applications.tryAcquire(client)) {
            response.setStatus(429);
            return page(model, form, text("reconsiderationportal.too-many", String.valueOf(limits.applications.limit()),
                    String.valueOf(limits.windowMinutes()),
                    ReconsiderationPortalLimits.minutes(limits.applications.retryAfterSeconds(client))));
        }
        List<PublicApplications.Upload> uploads = new ArrayList<>();
        add(uploads, AttachmentKind.IDENTITY, identity);
        add(uploads, AttachmentKind.APPLICATION, application);
        if (evidence != null) {
            for (MultipartFile f : evidence) {
                add(uploads, AttachmentKind.EVIDENCE, f);
            }
        }
        try {
            PublicApplications.Receipt receipt = applications.apply(r, uploads);
            // the flash waits in the session, which may be kept in the database: the code goes there sealed
            redirect.addFlashAttribute("receipt", withCode(receipt, cipher.encrypt(SEALED_CODE,
                    receipt.verificationCode())));
            return "redirect:/reconsideration/receipt";
        } catch (InvalidInputException | RefusedException e) {
            limits.applications.release(client);
            form.error(e);
            response.setStatus(e instanceof RefusedException ? 409 : 400);
            return page(model, form, null);
        } catch (RuntimeException e) {
            limits.applications.release(client);
            throw e;
        } finally {
            for (PublicApplications.Upload u : uploads) {
                u.content().close();
            }
        }
    }

    /** The receipt and code, once, right after the application (a reload finds nothing and goes to the look-up). */
    @GetMapping("/reconsideration/receipt")
    String receipt(Model model) {
        if (!(model.getAttribute("receipt") instanceof PublicApplications.Receipt sealed)) {
            return "redirect:/reconsideration/track";
        }
        model.addAttribute("receipt", withCode(sealed, cipher.decrypt(SEALED_CODE, sealed.verificationCode())));
        return "reconsideration/portal/receipt";
    }

    private static PublicApplications.Receipt withCode(PublicApplications.Receipt r, String code) {
        return new PublicApplications.Receipt(r.receiptNo(), code, r.receivedOn(), r.bodyName());
    }

    @GetMapping("/reconsideration/track")
    String trackForm(Model model) {
        model.addAttribute("no", "");
        return "reconsideration/portal/track";
    }

    @PostMapping("/reconsideration/track")
    String track(@RequestParam(required = false) String no, @RequestParam(required = false) String code, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        model.addAttribute("no", cut(no, 24));
        String client = ReconsiderationPortalLimits.client(request);
        if (!limits.lookups.tryAcquire(client)) {
            response.setStatus(429);
            model.addAttribute("error", text("reconsiderationportal.track.too-many",
                    ReconsiderationPortalLimits.minutes(limits.lookups.retryAfterSeconds(client))));
            return "reconsideration/portal/track";
        }
        Optional<PublicStatus> status = applications.track(no, code);
        if (status.isEmpty()) {
            response.setStatus(404);
            model.addAttribute("error", text("reconsiderationportal.track.not-found"));
            return "reconsideration/portal/track";
        }
        return status(model, status.get(), code, null, null);
    }

    @PostMapping("/reconsideration/track/correction")
    String correct(@RequestParam(required = false) String no, @RequestParam(required = false) String code,
            @RequestParam(required = false) String note,
            @RequestParam(value = "files", required = false) List<MultipartFile> files, Model model,
            HttpServletRequest request, HttpServletResponse response) throws IOException {
        model.addAttribute("no", cut(no, 24));
        String client = ReconsiderationPortalLimits.client(request);
        if (!limits.lookups.tryAcquire(client)) {
            response.setStatus(429);
            model.addAttribute("error", text("reconsiderationportal.track.too-many",
                    ReconsiderationPortalLimits.minutes(limits.lookups.retryAfterSeconds(client))));
            return "reconsideration/portal/track";
        }
        List<PublicApplications.Upload> uploads = new ArrayList<>();
        if (files != null) {
            for (MultipartFile f : files) {
                add(uploads, AttachmentKind.CORRECTION, f);
            }
        }
        try {
            Optional<PublicStatus> after = applications.correct(no, code, note, uploads);
            if (after.isEmpty()) {
                response.setStatus(404);
                model.addAttribute("error", text("reconsiderationportal.track.not-found"));
                return "reconsideration/portal/track";
            }
            return status(model, after.get(), code, text("reconsiderationportal.correction.received"), null);
        } catch (InvalidInputException | RefusedException e) {
            response.setStatus(e instanceof RefusedException ? 409 : 400);
            String why = e instanceof RefusedException re ? text(re.messageKey(), re.args())
                    : ((InvalidInputException) e).fieldProblems().stream()
                            .map(p -> text(p.messageKey(), p.args())).findFirst()
                            .orElse(text(((InvalidInputException) e).messageKey()));
            return status(model, applications.track(no, code).orElseThrow(), code, null, why);
        } finally {
            for (PublicApplications.Upload u : uploads) {
                u.content().close();
            }
        }
    }

    private String status(Model model, PublicStatus s, String code, String done, String error) {
        model.addAttribute("status", s);
        model.addAttribute("code", code);
        model.addAttribute("done", done);
        model.addAttribute("correctionError", error);
        return "reconsideration/portal/track";
    }

    private String page(Model model, FormInput form, String error) {
        Map<ReconsiderationBody, List<Unit>> choices = new LinkedHashMap<>();
        for (ReconsiderationBody b : applications.bodies()) {
            choices.put(b, applications.respondents(b.id()));
        }
        model.addAttribute("bodies", choices);
        model.addAttribute("applicantTypes", ApplicantType.values());
        model.addAttribute("idTypes", IdType.values());
        model.addAttribute("actTypes", ActType.values());
        model.addAttribute("formError", error);
        form.addTo(model);
        return "reconsideration/portal/apply";
    }

    private static void add(List<PublicApplications.Upload> uploads, AttachmentKind kind, MultipartFile f)
            throws IOException {
        if (f != null && !f.isEmpty()) {
            uploads.add(new PublicApplications.Upload(kind, f.getInputStream(), f.getOriginalFilename(),
                    f.getContentType()));
        }
    }

    private static String cut(String s, int max) {
        if (s == null) {
            return "";
        }
        String t = s.strip();
        return t.length() > max ? t.substring(0, max) : t;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
