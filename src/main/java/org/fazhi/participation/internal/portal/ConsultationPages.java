package org.fazhi.participation.internal.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fazhi.participation.Article;
import org.fazhi.participation.CommentRequest;
import org.fazhi.participation.ConsultationText;
import org.fazhi.participation.PublicComment;
import org.fazhi.shared.InvalidInputException;
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
 * left, each draft's text article by article with the comment form (on the draft or on the article
 * the citizen picks; CSRF-protected, limited per client address, answered with a receipt number), the
 * dispositions once the window has closed, and 回执查询.
 */
@Controller
class ConsultationPages {

    /** One line of the draft as the page shows it; the first line of an article carries its number. */
    public record Line(String text, Integer articleNo, String articleLabel) {
    }

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
        return "participation/portal/consultations";
    }

    @GetMapping("/consultations/{id}")
    String consultation(@PathVariable long id, @RequestParam(required = false) String article, Model model) {
        Map<String, String> form = new LinkedHashMap<>();
        Integer chosen = CommentInput.article(article);
        if (chosen != null && chosen > 0) {
            form.put("articleNo", String.valueOf(chosen));
        }
        return page(id, model, form, Map.of(), null);
    }

    @PostMapping("/consultations/{id}/comments")
    String comment(@PathVariable long id, @RequestParam(required = false) String name,
            @RequestParam(required = false) String contact, @RequestParam(required = false) String organisation,
            @RequestParam(required = false) String content, @RequestParam(required = false) String articleNo,
            Model model, HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("name", cut(name, 64));
        typed.put("contact", cut(contact, 100));
        typed.put("organisation", cut(organisation, 200));
        typed.put("content", cut(content, 6000));
        typed.put("articleNo", cut(articleNo, 4));
        Integer article = CommentInput.article(articleNo);
        CommentRequest form = CommentInput.form(name, contact, organisation, content, article);
        Map<String, String> problems = new LinkedHashMap<>();
        CommentInput.problems(validator, form).forEach((field, key) -> problems.put(field, text(key)));
        if (!problems.isEmpty()) {
            response.setStatus(400);
            return page(id, model, typed, problems, null);
        }
        String client = PortalLimits.client(request);
        if (!limits.comments.tryAcquire(client)) {
            response.setStatus(429);
            return page(id, model, typed, Map.of(), text("participationportal.comment.too-many",
                    String.valueOf(limits.comments.limit()), String.valueOf(limits.windowMinutes()),
                    PortalLimits.minutes(limits.comments.retryAfterSeconds(client))));
        }
        PublicComment saved;
        try {
            saved = drafts.comment(id, form);
        } catch (RefusedException e) {
            limits.comments.release(client);
            response.setStatus(409);
            return page(id, model, typed, Map.of(), text(e.messageKey(), e.args()));
        } catch (InvalidInputException e) {
            limits.comments.release(client);
            response.setStatus(400);
            Map<String, String> fields = new LinkedHashMap<>();
            e.fieldProblems().forEach(p -> fields.put(p.field(), text(p.messageKey(), p.args())));
            return page(id, model, typed, fields, null);
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
            return "participation/portal/receipt";
        }
        String client = PortalLimits.client(request);
        if (!limits.lookups.tryAcquire(client)) {
            response.setStatus(429);
            model.addAttribute("error", text("participationportal.receipt.too-many",
                    PortalLimits.minutes(limits.lookups.retryAfterSeconds(client))));
            return "participation/portal/receipt";
        }
        drafts.receipt(receiptNo).ifPresentOrElse(r -> model.addAttribute("receipt", r), () -> {
            response.setStatus(404);
            model.addAttribute("error", text("participationportal.receipt.not-found"));
        });
        return "participation/portal/receipt";
    }

    private String page(long id, Model model, Map<String, String> form, Map<String, String> problems, String error) {
        DraftSummary s = drafts.summary(id);
        model.addAttribute("draft", s);
        ConsultationText text = drafts.text(id);
        model.addAttribute("text", text);
        model.addAttribute("lines", lines(text));
        model.addAttribute("articles", text.articles());
        model.addAttribute("notes", paragraphs(text.notes()));
        drafts.adoption(id).ifPresent(a -> {
            model.addAttribute("adoption", a);
            model.addAttribute("published", drafts.published(id, a));
            model.addAttribute("articleBreakdown", a.articles().stream().anyMatch(t -> t.articleNo() != null));
        });
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("formError", error);
        return "participation/portal/consultation";
    }

    /** The draft's non-empty lines; the line that starts an article carries its number and heading. */
    static List<Line> lines(ConsultationText text) {
        List<Line> out = new ArrayList<>();
        Map<String, Article> starts = new LinkedHashMap<>();
        for (Article a : text.articles()) {
            starts.putIfAbsent(a.text().lines().findFirst().orElse("").strip(), a);
        }
        for (String line : paragraphs(text.body())) {
            Article a = starts.remove(line);
            out.add(new Line(line, a == null ? null : a.no(), a == null ? null : a.label()));
        }
        return out;
    }

    static List<String> paragraphs(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
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
