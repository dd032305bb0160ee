package org.fazhi.participation.internal.web;

import jakarta.validation.Validator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.fazhi.participation.CommentRequest;
import org.fazhi.participation.ConsultationKind;
import org.fazhi.participation.ConsultationOverview;
import org.fazhi.participation.ConsultationStatus;
import org.fazhi.participation.Disposition;
import org.fazhi.participation.DispositionRequest;
import org.fazhi.participation.ModerationRequest;
import org.fazhi.participation.PublicComment;
import org.fazhi.participation.PublicConsultation;
import org.fazhi.participation.PublicConsultations;
import org.fazhi.shared.NotFoundException;
import org.fazhi.shared.PageQuery;
import org.fazhi.shared.PageResult;
import org.fazhi.shared.procedure.StepCheck;
import org.fazhi.shared.web.Allowed;
import org.fazhi.shared.web.FormAction;
import org.fazhi.shared.InvalidInputException;
import org.fazhi.shared.web.FormInput;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The consultations of the actor's units in the console: the list, and each consultation's page —
 * the text article by article, the adoption summary per article, every comment with its answer and
 * publication setting, and the forms of the staff steps the owning module allows now (enter a
 * comment received otherwise, answer, withhold or publish, reveal a contact).
 */
@Controller
@RequestMapping("/console/participation")
@Allowed.ProcedureReaders
class ParticipationPages {

    private final PublicConsultations consultations;
    private final Validator validator;
    private final MessageSource messages;

    ParticipationPages(PublicConsultations consultations, Validator validator, MessageSource messages) {
        this.consultations = consultations;
        this.validator = validator;
        this.messages = messages;
    }

    @GetMapping
    String list(@RequestParam(required = false) String status, @RequestParam(required = false) String kind,
            @RequestParam(required = false) Integer page, Model model) {
        ConsultationStatus s = parse(ConsultationStatus.class, status);
        ConsultationKind k = parse(ConsultationKind.class, kind);
        PageResult<PublicConsultation> rows = consultations.list(s, k, PageQuery.of(page, 20));
        model.addAttribute("rows", rows);
        model.addAttribute("counts", consultations.commentCounts(rows.items().stream().map(PublicConsultation::id)
                .toList()));
        model.addAttribute("status", s);
        model.addAttribute("kind", k);
        model.addAttribute("statuses", ConsultationStatus.values());
        model.addAttribute("kinds", ConsultationKind.values());
        model.addAttribute("base", "/console/participation?" + (s == null ? "" : "status=" + s.name() + "&")
                + (k == null ? "" : "kind=" + k.name() + "&"));
        return "participation/list";
    }

    @GetMapping("/{id}")
    String page(@PathVariable long id, Model model) {
        return page(id, model, FormInput.empty(messages));
    }

    @PostMapping("/{id}/comments")
    @Allowed.Drafters
    String enter(@PathVariable long id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        FormInput form = FormInput.of("comment", params, messages);
        CommentRequest c = form.valid(new CommentRequest(form.text("name"), form.text("contact"),
                form.text("organisation"), form.text("content"), form.integer("articleNo")), validator);
        return act(id, form, model, redirect, () -> {
            PublicComment pc = consultations.enterComment(id, c);
            return text("participation.flash.comment-entered", pc.receiptNo());
        });
    }

    @PostMapping("/{id}/comments/{commentId}/disposition")
    @Allowed.Drafters
    String dispose(@PathVariable long id, @PathVariable long commentId, @RequestParam Map<String, String> params,
            Model model, RedirectAttributes redirect) {
        FormInput form = FormInput.of("dispose-" + commentId, params, messages);
        Disposition d = form.choice("disposition", Disposition.class);
        if (d == null && form.ok()) {
            form.field("disposition", text("participation.form.choose"));
        }
        DispositionRequest r = form.valid(new DispositionRequest(d, form.text("reason")), validator);
        return act(id, form, model, redirect, () -> {
            requireCommentOf(id, commentId);
            consultations.dispose(commentId, r);
            return text("participation.flash.disposed");
        });
    }

    @PostMapping("/{id}/comments/{commentId}/moderation")
    @Allowed.Drafters
    String moderate(@PathVariable long id, @PathVariable long commentId, @RequestParam Map<String, String> params,
            Model model, RedirectAttributes redirect) {
        FormInput form = FormInput.of("moderate-" + commentId, params, messages);
        ModerationRequest r = form.valid(new ModerationRequest("true".equals(form.raw("withheld")),
                form.text("reason")), validator);
        return act(id, form, model, redirect, () -> {
            requireCommentOf(id, commentId);
            consultations.moderate(commentId, r);
            return text("participation.flash.moderated");
        });
    }

    /** The comment with its contact masked, and the form asking why the full contact is needed (PI-02). */
    @GetMapping("/{id}/comments/{commentId}/contact")
    @Allowed.Drafters
    String contact(@PathVariable long id, @PathVariable long commentId, Model model) {
        requireCommentOf(id, commentId);
        model.addAttribute("consultationId", id);
        model.addAttribute("comment", consultations.masked(commentId));
        model.addAttribute("revealed", false);
        FormInput.empty(messages).addTo(model);
        return "participation/contact";
    }

    /** The full contact, for the reason stated (audited with it). */
    @PostMapping("/{id}/comments/{commentId}/contact")
    @Allowed.Drafters
    String reveal(@PathVariable long id, @PathVariable long commentId, @RequestParam Map<String, String> params,
            Model model) {
        requireCommentOf(id, commentId);
        FormInput form = FormInput.of("reveal", params, messages)
                .labels(Map.of("reason", "participation.reveal.reason"));
        model.addAttribute("consultationId", id);
        try {
            model.addAttribute("comment", consultations.withContact(commentId, form.text("reason")));
            model.addAttribute("revealed", true);
        } catch (InvalidInputException e) {
            form.error(e);
            model.addAttribute("comment", consultations.masked(commentId));
            model.addAttribute("revealed", false);
        }
        form.addTo(model);
        return "participation/contact";
    }

    private void requireCommentOf(long id, long commentId) {
        if (consultations.comments(id).stream().noneMatch(c -> c.id() == commentId)) {
            throw new NotFoundException(PublicConsultations.COMMENT, commentId);
        }
    }

    private String act(long id, FormInput form, Model model, RedirectAttributes redirect, Supplier<String> step) {
        return FormAction.act(form, redirect, "/console/participation/" + id + "#comments", step,
                () -> page(id, model, form));
    }

    private String page(long id, Model model, FormInput form) {
        ConsultationOverview o = consultations.overview(id);
        Map<String, String> refusals = new LinkedHashMap<>();
        Map<String, Boolean> allowed = new LinkedHashMap<>();
        for (StepCheck s : o.guide().steps()) {
            allowed.put(s.step(), s.allowed());
            refusals.put(s.step(), s.allowed() ? "" : text(s.messageKey(), s.args().toArray()));
        }
        model.addAttribute("o", o);
        model.addAttribute("lines", java.util.Arrays.stream(o.text().body().split("\\R")).map(String::strip)
                .filter(l -> !l.isEmpty()).toList());
        model.addAttribute("c", o.consultation());
        model.addAttribute("next", text(o.guide().nextKey(), o.guide().nextArgs().toArray()));
        model.addAttribute("allowed", allowed);
        model.addAttribute("refusals", refusals);
        model.addAttribute("dispositions", Disposition.values());
        model.addAttribute("minimum", consultations.minimum(o.consultation().kind(), o.consultation().openedOn()));
        form.addTo(model);
        return "participation/consultation";
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(raw.strip())) {
                return e;
            }
        }
        return null;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
