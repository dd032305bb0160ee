package org.fazhi.normdocs.internal.portal;

import org.fazhi.shared.privacy.PersonalData;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.fazhi.normdocs.CommentRequest;
import org.fazhi.normdocs.PublicComment;
import org.fazhi.shared.RefusedException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * 征求意见 on the portal, without sign-in: drafts open for comment with their window and the days
 * left, each draft's text with the comment form (CSRF-protected, limited per client address,
 * answered with a receipt number), the dispositions once the window has closed, and 回执查询.
 */
@Controller
class ConsultationPages {

    private final PublicDrafts drafts;
    private final PortalLimits limits;
    private final Validator validator;
    private final MessageSource messages;

    ConsultationPages(PublicDrafts drafts, PortalLimits limits, Validator validator, MessageSource messages) {
        this.drafts = drafts;
        this.limits = limits;
        this.validator = validator;
        this.messages = messages;
    }

    @GetMapping("/consultations")
    String list(Model model) {
        model.addAttribute("open", drafts.open());
        model.addAttribute("ended", drafts.ended());
        return "normdocs/portal/consultations";
    }

    @GetMapping("/consultations/{id}")
    String consultation(@PathVariable long id, Model model) {
        return page(id, model, Map.of(), Map.of(), null);
    }

    @PostMapping("/consultations/{id}/comments")
    String comment(@PathVariable long id, @RequestParam(required = false) String name,
            @RequestParam(required = false) String contact, @RequestParam(required = false) String organisation,
            @RequestParam(required = false) String content, Model model, HttpServletRequest request,
            HttpServletResponse response, RedirectAttributes redirect) {
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("name", cut(name, 64));
        typed.put("contact", cut(contact, 100));
        typed.put("organisation", cut(organisation, 200));
        typed.put("content", cut(content, 6000));
        CommentRequest form = CommentInput.form(name, contact, organisation, content);
        Map<String, String> problems = new LinkedHashMap<>();
        CommentInput.problems(validator, form).forEach((field, key) -> problems.put(field, text(key)));
        if (!problems.isEmpty()) {
            response.setStatus(400);
            return page(id, model, typed, problems, null);
        }
        String client = PortalLimits.client(request);
        if (!limits.comments.tryAcquire(client)) {
            response.setStatus(429);
            return page(id, model, typed, Map.of(), text("normdocsportal.comment.too-many",
                    String.valueOf(limits.comments.limit()), String.valueOf(limits.windowMinutes()),
                    PublicNormdocsApi.minutes(limits.comments.retryAfterSeconds(client))));
        }
        PublicComment saved;
        try {
            saved = drafts.comment(id, form);
        } catch (RefusedException e) {
            limits.comments.release(client);
            response.setStatus(409);
            return page(id, model, typed, Map.of(), text(e.messageKey(), e.args()));
        } catch (RuntimeException e) {
            limits.comments.release(client);
            throw e;
        }
        redirect.addFlashAttribute("submitted", true);
        return "redirect:" + UriComponentsBuilder.fromPath("/consultations/receipts")
                .queryParam("no", saved.receiptNo()).build().toUriString();
    }

    @GetMapping("/consultations/receipts")
    String receipt(@RequestParam(required = false) String no, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        String receiptNo = no == null ? "" : no.strip();
        model.addAttribute("no", receiptNo.length() > 24 ? receiptNo.substring(0, 24) : receiptNo);
        if (receiptNo.isEmpty()) {
            return "normdocs/portal/receipt";
        }
        String client = PortalLimits.client(request);
        if (!limits.lookups.tryAcquire(client)) {
            response.setStatus(429);
            model.addAttribute("error", text("normdocsportal.receipt.too-many",
                    PublicNormdocsApi.minutes(limits.lookups.retryAfterSeconds(client))));
            return "normdocs/portal/receipt";
        }
        drafts.receipt(receiptNo).ifPresentOrElse(r -> model.addAttribute("receipt", r), () -> {
            response.setStatus(404);
            model.addAttribute("error", text("normdocsportal.receipt.not-found"));
        });
        return "normdocs/portal/receipt";
    }

    private String page(long id, Model model, Map<String, String> form, Map<String, String> problems, String error) {
        DraftSummary s = drafts.summary(id);
        model.addAttribute("draft", s);
        var version = drafts.text(id);
        model.addAttribute("version", version);
        model.addAttribute("paragraphs", CatalogPages.paragraphs(PersonalData.redact(version.body())));
        model.addAttribute("notes", CatalogPages.paragraphs(version.draftingNotes()));
        drafts.adoption(id).ifPresent(a -> {
            model.addAttribute("adoption", a);
            model.addAttribute("published", drafts.published(a));
        });
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("formError", error);
        return "normdocs/portal/consultation";
    }

    private static String cut(String s, int max) {
        if (s == null) {
            return "";
        }
        return s.length() > max ? s.substring(0, max) : s;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
